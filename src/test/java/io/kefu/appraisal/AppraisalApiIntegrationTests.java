package io.kefu.appraisal;

import io.kefu.access.Role;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;
import io.kefu.support.ShopFixture;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	@Autowired
	JdbcClient jdbc;

	Shop shop;

	Agent mei;

	Agent lan;

	Agent boss;

	Agent trainer;

	Agent owner;

	@BeforeEach
	void openShop() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime());
		shop = fixture.shop("考核店" + suffix);
		mei = fixture.account(shop, "kh-mei" + suffix, Role.PRE_SALES);
		lan = fixture.account(shop, "kh-lan" + suffix, Role.PRE_SALES);
		boss = fixture.account(shop, "kh-boss" + suffix, Role.SUPERVISOR);
		trainer = fixture.account(shop, "kh-px" + suffix, Role.TRAINER);
		owner = fixture.account(shop, "kh-dz" + suffix, Role.OWNER);
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
				  "typing":{"charactersPerMinute":120,"accuracy":0.95},"lowRatings":0,"namedReviews":3},
				 {"agent":"%s","salesTarget":0,"basePay":2800,"levelReward":0,"typing":null,"lowRatings":0,
				  "namedReviews":0}]}""".formatted(mei.username(), meiTarget, lan.username());
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
		ApiClient.Reply twice = as(boss).put(path("2026-11") + "/inputs",
				inputs("1").replace(lan.username(), mei.username()));
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.body()).contains("agents[1].agent");
		assertThat(as(boss).get(path("2026-13")).status()).isEqualTo(400);
		assertThat(as(boss).get(path("november")).status()).isEqualTo(400);
		JsonNode kept = as(boss).get(path("2026-11") + "/inputs").json();
		assertThat(kept.get("commissionRate").decimalValue()).isEqualByComparingTo("0.008");
		assertThat(rowOf(kept, mei).get("inputs").get("salesTarget").decimalValue())
			.as("the refused target is not stored")
			.isEqualByComparingTo("50000");
	}

	@Test
	void theSheetAndCheatingEnterThePayAndTheKpi() {
		as(boss).put(path("2026-11") + "/inputs", inputs("50000"));
		ApiClient.Reply fine = as(boss).post(path("2026-11") + "/sheet", """
				{"agent":"%s","day":"2026-11-12","amount":-30,"kpiPoints":-5,"reason":"上班时间玩手机"}"""
			.formatted(mei.username()));
		assertThat(fine.status()).as(fine.body()).isEqualTo(201);
		assertThat(as(boss).post(path("2026-11") + "/cheating", """
				{"agent":"%s","day":"2026-11-20","note":"在闪人数10人以下而自动回复"}""".formatted(lan.username())).status())
			.isEqualTo(201);

		JsonNode month = as(boss).get(path("2026-11")).json();

		JsonNode meiRow = rowOf(month, mei);
		assertThat(meiRow.get("kpi").decimalValue()).isEqualByComparingTo("25.00");
		assertThat(meiRow.get("pay").get("sheet").decimalValue()).isEqualByComparingTo("-30.00");
		assertThat(meiRow.get("pay").get("total").decimalValue()).isEqualByComparingTo("3170.00");
		assertThat(rowOf(month, lan).get("bonuses")).extracting(bonus -> bonus.get("status").asString())
			.containsOnly("VOIDED");
		assertThat(as(mei).get(path("2026-11") + "/sheet").json()).singleElement()
			.satisfies(line -> assertThat(line.get("agent").asString()).isEqualTo(mei.username()));
		assertThat(as(trainer).get(path("2026-11") + "/sheet").status()).isEqualTo(403);
		assertThat(as(lan).get(path("2026-11") + "/sheet").json()).as("an agent reads their own lines").isEmpty();
		ApiClient.Reply outside = as(boss).post(path("2026-11") + "/sheet", """
				{"agent":"%s","day":"2026-12-01","amount":10,"reason":"好评"}""".formatted(mei.username()));
		assertThat(outside.status()).isEqualTo(400);
		assertThat(outside.body()).contains("day");
		ApiClient.Reply nothing = as(boss).post(path("2026-11") + "/sheet", """
				{"agent":"%s","day":"2026-11-02","reason":"空"}""".formatted(mei.username()));
		assertThat(nothing.status()).isEqualTo(400);
	}

	@Test
	void aSubmittedMonthIsLockedUntilTheOwnerReopensItWithAReason() {
		String month = "2026-10";
		as(boss).put(path(month) + "/inputs", inputs("50000"));
		assertThat(as(mei).post(path(month) + "/submit", "{}").status()).isEqualTo(403);
		assertThat(as(boss).post(path(month) + "/submit", "{}").json().get("status").asString()).isEqualTo("SUBMITTED");

		assertThat(as(boss).put(path(month) + "/inputs", inputs("1")).status()).isEqualTo(409);
		assertThat(as(boss).post(path(month) + "/sheet", """
				{"agent":"%s","day":"2026-10-12","amount":-10,"reason":"迟到"}""".formatted(mei.username())).status())
			.isEqualTo(409);
		assertThat(as(boss).post(path(month) + "/approve", "{}").status()).as("the supervisor does not approve")
			.isEqualTo(403);
		assertThat(as(owner).post(path(month) + "/approve", "{}").json().get("status").asString())
			.isEqualTo("APPROVED");
		assertThat(as(owner).post(path(month) + "/approve", "{}").status()).isEqualTo(409);
		assertThat(as(owner).post(path(month) + "/reopen", "{\"reason\":\" \"}").status()).isEqualTo(400);

		JsonNode reopened = as(owner).post(path(month) + "/reopen", "{\"reason\":\"小美的目标填错了\"}").json();

		assertThat(reopened.get("status").asString()).isEqualTo("OPEN");
		assertThat(reopened.get("events")).extracting(event -> event.get("action").asString())
			.containsExactly("SUBMITTED", "APPROVED", "REOPENED");
		assertThat(reopened.get("events").get(2).get("reason").asString()).isEqualTo("小美的目标填错了");
		assertThat(as(boss).put(path(month) + "/inputs", inputs("1")).status()).isEqualTo(200);
		assertThat(as(owner).get(path(month)).json().get("agents")).as("the owner reads every agent").hasSize(2);
	}

	@Test
	void anAfterSalesAgentIsScoredOnClosureAndPaidPerformanceFromRecordedLowRatings() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		Agent after = fixture.account(shop, "kh-sh" + System.nanoTime(), Role.AFTER_SALES);
		long buyer = jdbc.sql("insert into buyer (shop_id, nick) values (?, '售后买家') returning id")
			.param(shop.id().value())
			.query(Long.class)
			.single();
		// in time, late, still open past its deadline, called off, and one due next month
		followup(buyer, after, "DONE", "2026-11-10T02:00:00Z", "2026-11-10T04:00:00Z");
		followup(buyer, after, "DONE", "2026-11-12T02:00:00Z", "2026-11-20T02:00:00Z");
		followup(buyer, after, "OPEN", "2026-11-15T02:00:00Z", null);
		followup(buyer, after, "CANCELLED", "2026-11-16T02:00:00Z", "2026-11-16T03:00:00Z");
		followup(buyer, after, "DONE", "2026-12-02T02:00:00Z", "2026-12-02T03:00:00Z");
		ApiClient.Reply rating = as(boss).post("/api/v1/shops/" + shop.id() + "/feedback", """
				{"agentId":%d,"day":"2026-11-08","kind":"RATING","rating":1,"note":"态度差"}"""
			.formatted(after.id().value()));
		assertThat(rating.status()).as(rating.body()).isLessThan(300);
		assertThat(as(boss).put(path("2026-11") + "/inputs", """
				{"agents":[{"agent":"%s","salesTarget":0,"basePay":2800,"levelReward":0,"lowRatings":0,
				  "namedReviews":0,"performancePay":1500}]}""".formatted(after.username())).status()).isEqualTo(200);

		JsonNode row = rowOf(as(boss).get(path("2026-11")).json(), after);

		assertThat(row.get("components").get("sales").isNull()).isTrue();
		assertThat(row.get("components").get("attitude").decimalValue()).as("quality's low rating")
			.isEqualByComparingTo("80.00");
		assertThat(row.get("components").get("closure").decimalValue()).as("1 of 3 cases in time")
			.isEqualByComparingTo("33.33");
		// 40% × 80 + 30% × 0 (no response) + 30% × 33.33…
		assertThat(row.get("kpi").decimalValue()).isEqualByComparingTo("42.00");
		assertThat(row.get("pay").get("commission").decimalValue()).isEqualByComparingTo("0");
		assertThat(row.get("pay").get("performance").decimalValue()).isEqualByComparingTo("630.00");
		assertThat(row.get("pay").get("total").decimalValue()).isEqualByComparingTo("3430.00");
		assertThat(row.get("bonuses")).extracting(bonus -> bonus.get("kind").asString()).doesNotContain("CONVERSION");
	}

	private void followup(long buyer, Agent agent, String status, String due, @Nullable String closed) {
		jdbc.sql("""
				insert into followup_task (shop_id, kind, buyer_id, agent_id, started_at, due_at, status, closed_at,
				                           skill_group)
				values (?, 'AFTER_SALES_VISIT', ?, ?, ?::timestamptz - interval '1 day', ?::timestamptz, ?,
				        ?::timestamptz, 'AFTER_SALES')
				""").params(shop.id().value(), buyer, agent.id().value(), due, due, status, closed).update();
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
