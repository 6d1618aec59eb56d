package io.kefu.training;

import io.kefu.access.Role;
import io.kefu.quality.InspectionRules;
import io.kefu.quality.Rule;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curriculum over real HTTP: a new shop gets the default pages, its agents read them,
 * the trainer edits them, and the skills page's 禁用/善用 follows the quality settings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CurriculumApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	InspectionRules rules;

	Shop shop;

	Agent trainer;

	Agent agent;

	Agent clerk;

	Agent stranger;

	@BeforeEach
	void openShops() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime());
		shop = fixture.shop("资料店" + suffix);
		trainer = fixture.account(shop, "zl-t" + suffix, Role.TRAINER);
		agent = fixture.account(shop, "zl-a" + suffix, Role.PRE_SALES);
		clerk = fixture.account(shop, "zl-c" + suffix, Role.ORDER_CLERK);
		Shop other = fixture.shop("别的店" + suffix);
		stranger = fixture.account(other, "zl-s" + suffix, Role.TRAINER);
	}

	private ApiClient as(Agent who) {
		return ApiClient.anonymous(port).as(who.username(), ShopFixture.PASSWORD);
	}

	private String curriculum() {
		return "/api/v1/shops/" + shop.id() + "/curriculum";
	}

	@Test
	void aNewShopHasTheSeedsPagesForItsAgentsToRead() {
		ApiClient.Reply index = as(agent).get(curriculum());

		assertThat(index.status()).as(index.body()).isEqualTo(200);
		assertThat(index.json()).extracting(page -> page.get("slug").asString())
			.containsExactly("onboarding", "products", "tools", "standards", "tmall-rules", "skills", "cases",
					"questions");
		JsonNode skills = as(agent).get(curriculum() + "/skills").json();
		assertThat(skills.get("title").asString()).isEqualTo("技能技巧");
		assertThat(skills.get("html").asString()).contains("<h2>引导话术：促成交易</h2>");
		assertThat(skills.get("editedBy").isNull()).isTrue();
		assertThat(as(agent).get(curriculum() + "/nothing-here").status()).isEqualTo(404);
	}

	@Test
	void theTrainerEditsAPageAndItKeepsWhoAndWhen() {
		ApiClient.Reply saved = as(trainer).put(curriculum() + "/cases", """
				{"title":"案例精讲（本店）","body":"## 好案例\\n\\n<script>alert(1)</script>\\n\\n[x](javascript:alert(1))"}""");

		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		JsonNode page = as(agent).get(curriculum() + "/cases").json();
		assertThat(page.get("title").asString()).isEqualTo("案例精讲（本店）");
		assertThat(page.get("editedBy").asString()).isEqualTo(trainer.username());
		assertThat(page.get("editedAt").isNull()).isFalse();
		assertThat(page.get("html").asString()).contains("<h2>好案例</h2>", "&lt;script&gt;")
			.doesNotContain("<script", "href=\"javascript");
	}

	@Test
	void anAgentOrAClerkMayNotEditAndAClerkMayNotRead() {
		String body = "{\"title\":\"改\",\"body\":\"改\"}";

		assertThat(as(agent).put(curriculum() + "/cases", body).status()).isEqualTo(403);
		assertThat(as(clerk).get(curriculum()).status()).isEqualTo(403);
		assertThat(as(agent).get(curriculum() + "/cases").json().get("title").asString()).isEqualTo("案例精讲");
	}

	@Test
	void anotherShopsCurriculumIsUnknown() {
		assertThat(as(stranger).get(curriculum()).status()).isEqualTo(404);
		assertThat(as(stranger).get(curriculum() + "/skills").status()).isEqualTo(404);
		assertThat(as(stranger).put(curriculum() + "/skills", "{\"title\":\"x\",\"body\":\"x\"}").status())
			.isEqualTo(404);
	}

	@Test
	void badTitlesAndBodiesAreRefusedNamingTheField() {
		ApiClient.Reply longTitle = as(trainer).put(curriculum() + "/cases",
				"{\"title\":\"" + "题".repeat(101) + "\",\"body\":\"x\"}");
		ApiClient.Reply longBody = as(trainer).put(curriculum() + "/cases",
				"{\"title\":\"x\",\"body\":\"" + "x".repeat(50_001) + "\"}");
		ApiClient.Reply nul = as(trainer).put(curriculum() + "/cases", "{\"title\":\"x\",\"body\":\"a\\u0000b\"}");
		ApiClient.Reply noTitle = as(trainer).put(curriculum() + "/cases", "{\"body\":\"x\"}");

		assertThat(longTitle.status()).isEqualTo(400);
		assertThat(longTitle.body()).contains("title");
		assertThat(longBody.status()).isEqualTo(400);
		assertThat(longBody.body()).contains("body");
		assertThat(nul.status()).isEqualTo(400);
		assertThat(nul.body()).contains("body");
		assertThat(noTitle.status()).isEqualTo(400);
		assertThat(noTitle.body()).contains("title");
	}

	@Test
	void theSkillsPageShowsTheShopsQualityRulesAsTheyAreNow() {
		assertThat(forbidden()).contains("MODAL_PARTICLE");

		rules.change(shop.id(), Rule.MODAL_PARTICLE, rules.of(shop.id()).rule(Rule.MODAL_PARTICLE).withEnabled(false),
				trainer.id());

		assertThat(forbidden()).doesNotContain("MODAL_PARTICLE").contains("LONE_SYLLABLE");
		JsonNode etiquette = as(agent).get(curriculum() + "/skills").json().get("etiquette");
		JsonNode we = etiquette.get("recommended").get(0);
		assertThat(we.get("rule").asString()).isEqualTo("I_NOT_WE");
		assertThat(we.get("words").toString()).contains("我们");
		assertThat(as(agent).get(curriculum() + "/cases").json().get("etiquette").isNull()).isTrue();
	}

	private String forbidden() {
		return as(agent).get(curriculum() + "/skills").json().get("etiquette").get("forbidden").toString();
	}

}
