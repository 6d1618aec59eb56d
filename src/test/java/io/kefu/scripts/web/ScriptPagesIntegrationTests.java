package io.kefu.scripts.web;

import java.util.List;

import io.kefu.PageTestData;
import io.kefu.scripts.Script;
import io.kefu.scripts.ScriptDraft;
import io.kefu.scripts.ScriptGroup;
import io.kefu.scripts.ScriptLibrary;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@SpringBootTest
@AutoConfigureMockMvc
class ScriptPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	@Autowired
	ScriptLibrary library;

	@Autowired
	UserDetailsService accounts;

	Shop shop;

	ScriptGroup bargaining;

	Script price;

	@BeforeEach
	void openShop() {
		if (shops.findByName("话术页测试店").isEmpty()) {
			shop = PageTestData.openShop(shops, staff, "话术页测试店", "scripts-");
			bargaining = library.addGroup(shop.id(), "议价");
			library.addGroup(shop.id(), "问好");
			price = library.add(shop.id(), new ScriptDraft(bargaining.id(), "yj", "价格可以便宜点吗", List.of("便宜", "打折"),
					List.of("亲,价格都是很优惠了呢。售价都是公司统一制定,很抱歉我们没权限修改的哦", "亲,抱歉啊。我们不议价的哦~")));
		}
		shop = shops.findByName("话术页测试店").orElseThrow();
		bargaining = library.groups(shop.id()).stream().filter(g -> g.name().equals("议价")).findFirst().orElseThrow();
		price = library.findByCode(shop.id(), "yj").orElseThrow();
	}

	@Test
	void anAgentReadsTheLibraryByGroupWithoutWaysToChangeIt() throws Exception {
		mvc.perform(get(url("/scripts")).with(as("scripts-xiaomei")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>话术库</h1>")))
			.andExpect(content().string(containsString("/yj")))
			.andExpect(content().string(containsString("我们不议价的哦")))
			.andExpect(content().string(containsString("打折")))
			.andExpect(content().string(not(containsString("/edit"))))
			.andExpect(content().string(not(containsString("/scripts/new"))))
			.andExpect(content().string(not(containsString("/script-groups"))));
	}

	@Test
	void theShopsNavigationLeadsToTheLibrary() throws Exception {
		mvc.perform(get(url("/products")).with(as("scripts-xiaomei")))
			.andExpect(content().string(containsString("href=\"/shops/" + shop.id() + "/scripts\"")));
	}

	@Test
	void aSupervisorAddsAScriptAndBlankVariantsAreLeftOut() throws Exception {
		mvc.perform(post(url("/scripts/new")).with(as("scripts-zhuguan"))
			.with(csrf())
			.param("groupId", bargaining.id().toString())
			.param("code", "yjbj")
			.param("title", "别家的比你们便宜")
			.param("keywords", "别家 同款，比价")
			.param("variants[0]", "亲,我们产品都是线上线下价格统一的")
			.param("variants[1]", " ")
			.param("variants[2]", "亲,别家产品不是很清楚呢,我们是天猫品牌直销"))
			.andExpect(redirectedUrl("/shops/" + shop.id() + "/scripts"))
			.andExpect(flash().attribute("saved", true));

		assertThat(library.findByCode(shop.id(), "yjbj")).hasValueSatisfying(script -> {
			assertThat(script.keywords()).containsExactly("别家", "同款", "比价");
			assertThat(script.variants()).hasSize(2);
			assertThat(script.groupName()).isEqualTo("议价");
		});
	}

	@Test
	void anInvalidScriptShowsEachFieldWithItsReasonAndSavesNothing() throws Exception {
		long variants = library.countVariants(shop.id());

		mvc.perform(post(url("/scripts/new")).with(as("scripts-zhuguan"))
			.with(csrf())
			.param("groupId", bargaining.id().toString())
			.param("code", "y j")
			.param("variants[0]", "")
			.param("variants[1]", ""))
			.andExpect(status().isOk())
			.andExpect(view().name("scripts/form"))
			.andExpect(model().attributeHasFieldErrors("form", "code", "variants"))
			.andExpect(content().string(containsString("不能包含空格或斜杠")))
			.andExpect(content().string(containsString("必填")));

		assertThat(library.countVariants(shop.id())).isEqualTo(variants);
	}

	@Test
	void aTakenCodeIsShownOnTheCodeField() throws Exception {
		mvc.perform(post(url("/scripts/new")).with(as("scripts-zhuguan"))
			.with(csrf())
			.param("groupId", bargaining.id().toString())
			.param("code", "yj")
			.param("variants[0]", "亲,已经是最低价了"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "code", "script.code.taken"))
			.andExpect(content().string(containsString("快捷编码 yj 已被其他话术使用")));
	}

	@Test
	void aSupervisorRevisesAScriptAndAnAgentMayNot() throws Exception {
		Script hello = library.add(shop.id(),
				new ScriptDraft(bargaining.id(), "ask", null, List.of(), List.of("亲,您好")));

		mvc.perform(get(url("/scripts/" + hello.id() + "/edit")).with(as("scripts-xiaomei")))
			.andExpect(status().isForbidden());
		mvc.perform(post(url("/scripts/" + hello.id() + "/edit")).with(as("scripts-zhuguan"))
			.with(csrf())
			.param("groupId", bargaining.id().toString())
			.param("code", "ask")
			.param("variants[0]", "亲,您好")
			.param("variants[1]", "亲,在的哦")).andExpect(redirectedUrl("/shops/" + shop.id() + "/scripts"));
		assertThat(library.find(shop.id(), hello.id()).orElseThrow().variants()).hasSize(2);

		mvc.perform(post(url("/scripts/" + hello.id() + "/delete")).with(as("scripts-xiaomei")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(url("/scripts/" + hello.id() + "/delete")).with(as("scripts-zhuguan")).with(csrf()))
			.andExpect(redirectedUrl("/shops/" + shop.id() + "/scripts"));
		assertThat(library.find(shop.id(), hello.id())).isEmpty();
	}

	@Test
	void searchShowsTheScriptsThatMatch() throws Exception {
		mvc.perform(get(url("/scripts")).param("q", "/yj").with(as("scripts-xiaomei")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("与“/yj”相关的话术")))
			.andExpect(content().string(containsString("我们不议价的哦")));
		mvc.perform(get(url("/scripts")).param("q", "发票").with(as("scripts-xiaomei")))
			.andExpect(content().string(containsString("与“发票”相关的话术 0 条")));
	}

	@Test
	void theSuggestionsBoxShowsTheScriptsForABuyersMessageWithAndWithoutJavaScript() throws Exception {
		mvc.perform(get(url("/scripts")).param("text", "能便宜点吗").with(as("scripts-xiaomei")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("suggestion-list")))
			.andExpect(content().string(containsString("价格可以便宜点吗")));
		mvc.perform(get(url("/scripts/suggestions")).param("text", "老板 打个折呗").with(as("scripts-xiaomei")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("价格可以便宜点吗")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get(url("/scripts/suggestions")).param("text", "嗯嗯").with(as("scripts-xiaomei")))
			.andExpect(content().string(containsString("没有与这句话相关的话术")));
	}

	@Test
	void supervisorsKeepTheGroupsInOrderAndAGroupWithScriptsStays() throws Exception {
		mvc.perform(post("/shops/" + shop.id() + "/script-groups").with(as("scripts-zhuguan"))
			.with(csrf())
			.param("name", "快递")).andExpect(redirectedUrl("/shops/" + shop.id() + "/scripts"));
		ScriptGroup courier = group("快递");
		mvc.perform(post("/shops/" + shop.id() + "/script-groups/" + courier.id() + "/move").with(as("scripts-zhuguan"))
			.with(csrf())
			.param("by", "-1"));
		List<String> names = library.groups(shop.id()).stream().map(ScriptGroup::name).toList();
		assertThat(names.indexOf("快递")).isEqualTo(names.size() - 2);
		mvc.perform(
				post("/shops/" + shop.id() + "/script-groups/" + courier.id() + "/rename").with(as("scripts-zhuguan"))
					.with(csrf())
					.param("name", "快递物流"))
			.andExpect(flash().attribute("saved", true));
		mvc.perform(
				post("/shops/" + shop.id() + "/script-groups/" + courier.id() + "/rename").with(as("scripts-zhuguan"))
					.with(csrf())
					.param("name", "议价"))
			.andExpect(flash().attribute("groupError", "已有名为“议价”的分组"));
		mvc.perform(post("/shops/" + shop.id() + "/script-groups/" + bargaining.id() + "/delete")
			.with(as("scripts-zhuguan"))
			.with(csrf())).andExpect(flash().attribute("groupError", containsString("还有")));
		mvc.perform(
				post("/shops/" + shop.id() + "/script-groups/" + courier.id() + "/delete").with(as("scripts-xiaomei"))
					.with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(
				post("/shops/" + shop.id() + "/script-groups/" + courier.id() + "/delete").with(as("scripts-zhuguan"))
					.with(csrf()));

		assertThat(library.groups(shop.id())).extracting(ScriptGroup::name).contains("议价").doesNotContain("快递物流");
	}

	@Test
	void aCallerOfAnotherShopIsRefusedAndItsScriptsAreUnknownHere() throws Exception {
		Shop other = shops.findByName("话术页别家店")
			.orElseGet(() -> PageTestData.openShop(shops, staff, "话术页别家店", "scripts-other-"));

		mvc.perform(get(url("/scripts")).with(as("scripts-other-zhuguan"))).andExpect(status().isForbidden());
		mvc.perform(get("/shops/" + other.id() + "/scripts/" + price.id() + "/edit").with(as("scripts-other-zhuguan")))
			.andExpect(status().isNotFound());
	}

	@Test
	void speaksEnglishWhenAsked() throws Exception {
		mvc.perform(get(url("/scripts")).param("lang", "en").with(as("scripts-zhuguan")))
			.andExpect(content().string(containsString("<h1>Script library</h1>")))
			.andExpect(content().string(containsString("Try the suggestions")));
	}

	private ScriptGroup group(String name) {
		return library.groups(shop.id()).stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
	}

	private String url(String path) {
		return "/shops/" + shop.id() + path;
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

}
