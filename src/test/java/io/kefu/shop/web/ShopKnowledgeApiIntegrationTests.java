package io.kefu.shop.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.kefu.access.Role;
import io.kefu.shop.NewShop;
import io.kefu.shop.Platform;
import io.kefu.shop.Product;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shop's knowledge over the API: promotions, couriers and policies that supervisors
 * and the owner edit and agents read; the product card with the running promotion; page
 * errors reported by an agent and fixed by the supervisor; another shop's ids unknown;
 * bad input refused naming the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShopKnowledgeApiIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	Shop shop;

	Product lamp;

	ApiClient boss;

	ApiClient owner;

	ApiClient mei;

	ApiClient stranger;

	long otherShopPromotion;

	@BeforeEach
	void shopWithPeople() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String prefix = "k" + System.nanoTime() + "-";
		shop = fixture.shop("知识测试店" + prefix);
		lamp = fixture.lamp(shop, "视谱 护眼台灯 A1");
		ApiClient api = ApiClient.anonymous(port);
		boss = as(api, fixture, shop, prefix + "boss", Role.SUPERVISOR);
		owner = as(api, fixture, shop, prefix + "owner", Role.OWNER);
		mei = as(api, fixture, shop, prefix + "mei", Role.PRE_SALES);
		Shop other = fixture.shop("别家知识店" + prefix);
		stranger = as(api, fixture, other, prefix + "stranger", Role.SUPERVISOR);
		otherShopPromotion = stranger.post(promotions(other), promotion("别家活动", today(), today(), "别家的欢迎语"))
			.json()
			.get("id")
			.asLong();
	}

	@Test
	void aSupervisorAddsRevisesAndDeletesAPromotionThatAgentsRead() {
		ApiClient.Reply added = boss.post(promotions(shop),
				promotion("双12预热", today(), today().plusDays(3), "亲，双12预热中，全店满199减20哦！"));

		assertThat(added.status()).as(added.body()).isEqualTo(201);
		JsonNode created = added.json();
		assertThat(created.get("startDate").asString()).isEqualTo(today().toString());
		assertThat(created.get("endDate").asString()).isEqualTo(today().plusDays(3).toString());
		assertThat(created.get("running").asBoolean()).isTrue();
		assertThat(created.get("autoReply").asString()).isEqualTo("亲，双12预热中，全店满199减20哦！");
		long id = created.get("id").asLong();

		JsonNode read = ok(mei.get(promotions(shop)));
		assertThat(read).extracting(p -> p.get("name").asString()).containsExactly("双12预热");

		ApiClient.Reply revised = owner.put(promotions(shop) + "/" + id,
				promotion("双12狂欢", today().minusDays(1), today(), ""));
		assertThat(revised.status()).as(revised.body()).isEqualTo(200);
		assertThat(revised.json().get("name").asString()).isEqualTo("双12狂欢");
		assertThat(revised.json().get("autoReply").asString()).isEmpty();

		assertThat(mei.delete(promotions(shop) + "/" + id).status()).isEqualTo(403);
		assertThat(boss.delete(promotions(shop) + "/" + id).status()).isEqualTo(204);
		assertThat(ok(mei.get(promotions(shop)))).isEmpty();
	}

	@Test
	void agentsReadButDoNotWriteAndAnotherShopsPromotionIsUnknown() {
		assertThat(mei.post(promotions(shop), promotion("私自活动", today(), today(), "")).status()).isEqualTo(403);
		assertThat(mei.put("/api/v1/shops/" + shop.id() + "/couriers", couriers()).status()).isEqualTo(403);
		assertThat(mei.put("/api/v1/shops/" + shop.id() + "/policies", "[]").status()).isEqualTo(403);
		assertThat(stranger.get(promotions(shop)).status()).isEqualTo(403);

		ApiClient.Reply theirs = boss.put(promotions(shop) + "/" + otherShopPromotion,
				promotion("偷改", today(), today(), ""));
		assertThat(theirs.status()).isEqualTo(404);
		assertThat(boss.delete(promotions(shop) + "/" + otherShopPromotion).status()).isEqualTo(404);
		assertThat(mei.get("/api/v1/shops/" + shop.id() + "/products/999999999/card").status()).isEqualTo(404);
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		assertField(boss.post(promotions(shop), promotion("倒着的活动", today(), today().minusDays(1), "")), "endDate");
		assertField(boss.post(promotions(shop), promotion(" ", today(), today(), "")), "name");
		assertField(boss.post(promotions(shop),
				json(Map.of("name", "日期乱写", "startDate", "2026-13-40", "endDate", "2026-12-01"))), "startDate");
		assertField(boss.post(promotions(shop), promotion("太长的自动回复", today(), today(), "亲".repeat(501))), "autoReply");
		assertField(boss.put("/api/v1/shops/" + shop.id() + "/couriers",
				json(Map.of("defaultCourier", "圆通", "shippingCutoff", "25:00"))), "shippingCutoff");
		assertField(boss.put("/api/v1/shops/" + shop.id() + "/couriers", json(
				Map.of("defaultCourier", "圆通", "shippingCutoff", "16:00", "notReached", Map.of("申通", List.of("西藏"))))),
				"notReached.申通");
		assertField(boss.put("/api/v1/shops/" + shop.id() + "/policies",
				json(List.of(Map.of("code", "SEVEN_DAY_RETURN", "title", "七天无理由退换", "body", "")))), "[0].body");
		assertField(mei.post(issues(), json(Map.of("productId", lamp.id().value(), "kind", "OTHER", "note", ""))),
				"note");
		assertField(mei.post(issues(), json(Map.of("kind", "PRICE"))), "productId");
	}

	@Test
	void daysOutsideTheYearsAPromotionCanRunAreRefusedNamingTheFieldAndNothingIsStored() {
		int before = ok(mei.get(promotions(shop))).size();
		assertField(
				boss.post(promotions(shop),
						json(Map.of("name", "万年活动", "startDate", "+999999999-12-31", "endDate", "+999999999-12-31"))),
				"startDate");
		assertField(
				boss.post(promotions(shop),
						json(Map.of("name", "远古活动", "startDate", "-999999999-01-01", "endDate", "2026-01-01"))),
				"startDate");
		assertField(boss.post(promotions(shop),
				json(Map.of("name", "公元零年", "startDate", "0000-01-01", "endDate", "0001-01-01"))), "startDate");
		assertField(
				boss.post(promotions(shop),
						json(Map.of("name", "拖到下世纪", "startDate", "2026-12-01", "endDate", "+5874898-01-01"))),
				"endDate");
		assertThat(ok(mei.get(promotions(shop)))).hasSize(before);
	}

	@Test
	void couriersAndPoliciesAreReplacedWhole() {
		ApiClient.Reply set = boss.put("/api/v1/shops/" + shop.id() + "/couriers", couriers());

		assertThat(set.status()).as(set.body()).isEqualTo(200);
		JsonNode read = ok(mei.get("/api/v1/shops/" + shop.id() + "/couriers"));
		assertThat(read.get("defaultCourier").asString()).isEqualTo("圆通");
		assertThat(read.get("alternatives")).extracting(JsonNode::asString).containsExactly("顺丰", "中通");
		assertThat(read.get("shippingCutoff").asString()).isEqualTo("16:30");
		assertThat(read.get("notReached").get("圆通")).extracting(JsonNode::asString).containsExactly("新疆", "西藏");

		ApiClient.Reply policies = owner.put("/api/v1/shops/" + shop.id() + "/policies",
				json(List.of(Map.of("code", "SEVEN_DAY_RETURN", "title", "七天无理由退换", "body", "支持7天无理由退换货"),
						Map.of("code", "INVOICE", "title", "发票", "body", "可开电子普通发票"))));
		assertThat(policies.status()).as(policies.body()).isEqualTo(200);
		owner.put("/api/v1/shops/" + shop.id() + "/policies",
				json(List.of(Map.of("code", "INVOICE", "title", "发票", "body", "可开电子普通发票和专用发票"))));
		JsonNode kept = ok(mei.get("/api/v1/shops/" + shop.id() + "/policies"));
		assertThat(kept).hasSize(1);
		assertThat(kept.get(0).get("body").asString()).isEqualTo("可开电子普通发票和专用发票");
	}

	@Test
	void theProductCardShowsStockAndTheRunningPromotionAndAPictureErrorStaysUntilFixed() {
		boss.post(promotions(shop), promotion("双12预热", today(), today().plusDays(2), "双12预热中"));
		boss.post(promotions(shop), promotion("元旦", today().plusDays(20), today().plusDays(22), "元旦快乐"));

		JsonNode found = ok(mei.get("/api/v1/shops/" + shop.id() + "/products/search?q=" + "护眼"));
		assertThat(found).extracting(p -> p.get("id").asLong()).containsExactly(lamp.id().value());
		JsonNode card = ok(mei.get("/api/v1/shops/" + shop.id() + "/products/" + lamp.id() + "/card"));
		assertThat(card.get("sellingPoints")).extracting(JsonNode::asString).containsExactly("护眼无频闪", "充电续航");
		assertThat(card.get("totalStock").asInt()).isEqualTo(30);
		assertThat(card.get("skus").get(1).get("stock").asInt()).isZero();
		assertThat(card.get("promotions")).extracting(p -> p.get("name").asString()).containsExactly("双12预热");

		ApiClient.Reply reported = mei.post(issues(),
				json(Map.of("productId", lamp.id().value(), "kind", "PICTURE", "note", "主图是黑色，实物白色")));
		assertThat(reported.status()).as(reported.body()).isEqualTo(201);
		long issue = reported.json().get("id").asLong();
		JsonNode open = ok(boss.get(issues()));
		assertThat(open).extracting(i -> i.get("note").asString()).containsExactly("主图是黑色，实物白色");
		assertThat(open.get(0).get("productTitle").asString()).isEqualTo("视谱 护眼台灯 A1");
		assertThat(ok(mei.get("/api/v1/shops/" + shop.id() + "/products/" + lamp.id() + "/card")).get("openIssues"))
			.hasSize(1);

		assertThat(mei.post(issues() + "/" + issue + "/fixed", "").status()).isEqualTo(403);
		ApiClient.Reply fixed = boss.post(issues() + "/" + issue + "/fixed", "");
		assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
		assertThat(fixed.json().get("fixedAt").isNull()).isFalse();
		assertThat(ok(boss.get(issues()))).isEmpty();
		assertThat(ok(boss.get(issues() + "?status=ALL"))).hasSize(1);
		assertThat(stranger.post("/api/v1/shops/" + shop.id() + "/product-issues/" + issue + "/fixed", "").status())
			.isEqualTo(403);
	}

	private static ApiClient as(ApiClient api, ShopFixture fixture, Shop shop, String username, Role role) {
		fixture.account(shop, username, role);
		return api.as(username, ShopFixture.PASSWORD);
	}

	private static LocalDate today() {
		return LocalDate.now(Shop.DEFAULT_ZONE);
	}

	private static String promotions(Shop shop) {
		return "/api/v1/shops/" + shop.id() + "/promotions";
	}

	private String issues() {
		return "/api/v1/shops/" + shop.id() + "/product-issues";
	}

	private static String promotion(String name, LocalDate from, LocalDate to, String autoReply) {
		return json(Map.of("name", name, "startDate", from.toString(), "endDate", to.toString(), "rules", "全店满199减20",
				"script", "亲，现在下单立减20元哦", "autoReply", autoReply));
	}

	private static String couriers() {
		return json(Map.of("defaultCourier", "圆通", "alternatives", List.of("顺丰", "中通", "圆通"), "shippingCutoff", "16:30",
				"notReached", Map.of("圆通", List.of("西藏", "新疆", " "))));
	}

	private static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	private static JsonNode ok(ApiClient.Reply reply) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return reply.json();
	}

	private static void assertField(ApiClient.Reply reply, String field) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(400);
		assertThat(reply.json().get("errors")).as(reply.body())
			.anyMatch(error -> error.get("field").asString().equals(field));
	}

}
