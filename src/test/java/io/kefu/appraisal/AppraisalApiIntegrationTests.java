package io.kefu.appraisal;

import io.kefu.access.Role;
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
 * The month's appraisal over real HTTP: the supervisor's inputs are stored and kept,
 * every agent of a group is measured against the group, an agent reads only their own
 * row, and bad inputs are refused naming the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AppraisalApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	Shop shop;

	Agent mei;

	Agent lan;

	Agent boss;

	Agent trainer;

	@BeforeEach
	void openShop() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime());
		shop = fixture.shop("考核店" + suffix);
		mei = fixture.account(shop, "kh-mei" + suffix, Role.PRE_SALES);
		lan = fixture.account(shop, "kh-lan" + suffix, Role.PRE_SALES);
		boss = fixture.account(shop, "kh-boss" + suffix, Role.SUPERVISOR);
		trainer = fixture.account(shop, "kh-px" + suffix, Role.TRAINER);
	}

	private ApiClient as(Agent agent) {
		return ApiClient.anonymous(port).as(agent.username(), ShopFixture.PASSWORD);
	}

	private String path(String month) {
		return "/api/v1/shops/" + shop.id() + "/appraisals/" + month;
	}

	private String inputs(String meiTarget) {
		return """
				{"commissionRate":0.008,"agents":[
				 {"agent":"%s","salesTarget":%s,"basePay":3000,"levelReward":200,
				  "typing":{"charactersPerMinute":120,"accuracy":0.95},"lowRatings":0,"namedReviews":3,"cheating":false},
				 {"agent":"%s","salesTarget":0,"basePay":2800,"levelReward":0,"typing":null,"lowRatings":0,
				  "namedReviews":0,"cheating":false}]}"""
			.formatted(mei.username(), meiTarget, lan.username());
	}

	@Test
	void theSupervisorsInputsPayEachAgentAgainstTheirGroup() {
		JsonNode given = as(boss).put(path("2026-11") + "/inputs", inputs("50000")).json();
		assertThat(given.get("commissionRate").decimalValue()).isEqualByComparingTo("0.008");
		assertThat(given.get("bonusAmount").decimalValue()).as("left out: the default").isEqualByComparingTo("100");

		JsonNode month = as(boss).get(path("2026-11")).json();

		assertThat(month.get("month").asString()).isEqualTo("2026-11");
		assertThat(month.get("agents")).hasSize(2);
		JsonNode meiRow = rowOf(month, mei);
		JsonNode lanRow = rowOf(month, lan);
		// no sales against a target of 50,000: sales 0, attitude 100, no conversion, no
		// response
		assertThat(meiRow.get("kpi").decimalValue()).isEqualByComparingTo("30.00");
		// no target: full sales marks
		assertThat(lanRow.get("kpi").decimalValue()).isEqualByComparingTo("60.00");
		assertThat(meiRow.get("groupKpi").decimalValue()).isEqualByComparingTo("45.00");
		JsonNode typing = bonusOf(meiRow, "TYPING");
		assertThat(typing.get("status").asString()).isEqualTo("GATED");
		assertThat(typing.get("reason").asString()).isEqualTo("KPI_GATE");
		assertThat(meiRow.get("pay").get("total").decimalValue()).isEqualByComparingTo("3200.00");
		assertThat(lanRow.get("pay").get("total").decimalValue()).isEqualByComparingTo("2800.00");
	}

	@Test
	void anAgentReadsOnlyTheirOwnRowAndOthersNone() {
		as(boss).put(path("2026-11") + "/inputs", inputs("50000"));

		JsonNode own = as(mei).get(path("2026-11")).json();

		assertThat(own.get("agents")).singleElement()
			.satisfies(row -> assertThat(row.get("agent").asString()).isEqualTo(mei.username()));
		assertThat(as(trainer).get(path("2026-11")).status()).isEqualTo(403);
		assertThat(as(mei).put(path("2026-11") + "/inputs", inputs("1")).status()).isEqualTo(403);
		assertThat(as(mei).get(path("2026-11") + "/inputs").status()).isEqualTo(403);
		assertThat(as(boss).get("/api/v1/shops/" + (shop.id().value() + 100000) + "/appraisals/2026-11").status())
			.isEqualTo(403);
	}

	@Test
	void badInputsAreRefusedNamingTheFieldAndChangeNothing() {
		as(boss).put(path("2026-11") + "/inputs", inputs("50000"));

		ApiClient.Reply negative = as(boss).put(path("2026-11") + "/inputs", inputs("-1"));
		ApiClient.Reply unknown = as(boss).put(path("2026-11") + "/inputs",
				inputs("1").replace(mei.username(), "nobody"));
		ApiClient.Reply rate = as(boss).put(path("2026-11") + "/inputs", inputs("1").replace("0.008", "1.5"));

		assertThat(negative.status()).isEqualTo(400);
		assertThat(negative.body()).contains("agents[0].salesTarget");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("agents[0].agent");
		assertThat(rate.status()).isEqualTo(400);
		assertThat(rate.body()).contains("commissionRate");
		assertThat(as(boss).get(path("2026-13")).status()).isEqualTo(400);
		assertThat(as(boss).get(path("november")).status()).isEqualTo(400);
		JsonNode kept = as(boss).get(path("2026-11") + "/inputs").json();
		assertThat(kept.get("commissionRate").decimalValue()).isEqualByComparingTo("0.008");
		assertThat(rowOf(kept, mei).get("inputs").get("salesTarget").decimalValue())
			.as("the refused target is not stored")
			.isEqualByComparingTo("50000");
	}

	private static JsonNode rowOf(JsonNode month, Agent agent) {
		for (JsonNode row : month.get("agents")) {
			if (agent.username().equals(row.get("agent").asString())) {
				return row;
			}
		}
		throw new AssertionError("no row of " + agent.username());
	}

	private static JsonNode bonusOf(JsonNode row, String kind) {
		for (JsonNode bonus : row.get("bonuses")) {
			if (kind.equals(bonus.get("kind").asString())) {
				return bonus;
			}
		}
		throw new AssertionError("no bonus " + kind);
	}

}
