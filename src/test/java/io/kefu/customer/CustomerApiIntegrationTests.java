package io.kefu.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kefu.access.Role;
import io.kefu.order.Order;
import io.kefu.order.OrderNo;
import io.kefu.order.OrderStatus;
import io.kefu.order.Orders;
import io.kefu.order.Refund;
import io.kefu.quality.BuyerFeedback;
import io.kefu.quality.BuyerFeedbacks;
import io.kefu.quality.NewFeedback;
import io.kefu.shop.NewShop;
import io.kefu.shop.Platform;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentDraft;
import io.kefu.staff.Certification;
import io.kefu.staff.SkillGroup;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CRM over the API: a customer's orders, ratings and contacts on one profile, tags,
 * groups by hand and by rule, activities and calls recorded, and nobody else's shop.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerApiIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Instant PAID = Instant.parse("2026-11-02T06:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	@Autowired
	Buyers buyers;

	@Autowired
	Orders orders;

	@Autowired
	BuyerFeedbacks feedback;

	@Autowired
	JdbcClient jdbc;

	Shop shop;

	ApiClient boss;

	ApiClient mei;

	long meiId;

	long wang;

	long li;

	@BeforeEach
	void shopWithTwoBuyers() {
		shop = shops.open(NewShop.of("客户测试店" + System.nanoTime(), Platform.TMALL));
		String prefix = "c" + System.nanoTime() + "-";
		boss = hire(prefix + "boss", Role.SUPERVISOR, null).api;
		Hired hired = hire(prefix + "mei", Role.PRE_SALES, SkillGroup.PRE_SALES);
		mei = hired.api;
		meiId = hired.id;
		wang = buyers.recognise(shop.id(), "tb_wang", PAID.minusSeconds(86_400 * 30)).id().value();
		li = buyers.recognise(shop.id(), "tb_li", PAID.minusSeconds(86_400 * 20)).id().value();
		orders.record(List.of(order("A1", wang, "800.00", List.of()),
				order("A2", wang, "450.00",
						List.of(new Refund("R1", new BigDecimal("50.00"), Refund.RefundStatus.REFUNDED, "尺码不合适",
								PAID.plusSeconds(3600), PAID.plusSeconds(7200), PAID.plusSeconds(7200)))),
				order("B1", li, "99.00", List.of())));
		feedback.record(shop.id(), new NewFeedback(io.kefu.staff.AgentId.of(meiId), BuyerId.of(li),
				LocalDate.of(2026, 11, 3), BuyerFeedback.Kind.RATING, 1, "回复太慢"), io.kefu.staff.AgentId.of(meiId));
	}

	@Test
	void aProfileGathersOrdersRatingsAndEveryContact() {
		JsonNode profile = get(mei, customer(wang));

		assertThat(profile.get("customer").get("purchases").get("paidOrders").asInt()).isEqualTo(2);
		assertThat(new BigDecimal(profile.get("customer").get("purchases").get("spend").asString()))
			.isEqualByComparingTo("1250.00");
		assertThat(profile.get("customer").get("returning").asBoolean()).as("paid before today").isTrue();
		assertThat(profile.get("activities")).anyMatch(
				a -> a.get("code").asString().equals("refund") && a.get("args").get(0).asString().equals("50.00"));
		JsonNode rated = get(mei, customer(li));
		assertThat(rated.get("ratings").get("low").asInt()).isEqualTo(1);
		assertThat(rated.get("activities")).anyMatch(a -> a.get("kind").asString().equals("REVIEW"));
	}

	@Test
	void tagsGroupsAndNotesAreSetTogetherAndAnUnknownGroupIsRefused() {
		assertThat(boss.post(groups(), json(Map.of("name", "优质客户"))).status()).isEqualTo(201);

		ApiClient.Reply changed = mei.put(customer(wang),
				json(Map.of("tags", List.of("爱买灯", "要礼盒"), "groups", List.of("优质客户"), "notes", "周末才在家")));

		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("customer").get("tags")).extracting(JsonNode::asString)
			.containsExactly("爱买灯", "要礼盒");
		assertThat(changed.json().get("notes").asString()).isEqualTo("周末才在家");
		assertThat(get(mei, "/api/v1/shops/" + shop.id() + "/customers?tag=" + enc("要礼盒")).get("total").asLong())
			.isEqualTo(1);
		assertThat(get(mei, "/api/v1/shops/" + shop.id() + "/customers?group=" + enc("优质客户")).get("customers")
			.get(0)
			.get("nick")
			.asString()).isEqualTo("tb_wang");
		ApiClient.Reply refused = mei.put(customer(wang), json(Map.of("groups", List.of("不存在的组"))));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("groups");
	}

	@Test
	void groupsWithRulesTakeBigSpendersAndLowRaters() {
		ApiClient.Reply big = boss.post(groups(), json(Map.of("name", "大客户", "minSpend", 1000)));
		ApiClient.Reply risk = boss.post(groups(), json(Map.of("name", "差评风险", "lowRating", true)));

		assertThat(big.status()).as(big.body()).isEqualTo(201);
		assertThat(big.json().get("members").asInt()).isEqualTo(1);
		assertThat(risk.json().get("members").asInt()).isEqualTo(1);
		assertThat(get(mei, customer(wang)).get("customer").get("groups")).extracting(JsonNode::asString)
			.containsExactly("大客户");
		assertThat(get(mei, customer(li)).get("customer").get("groups")).extracting(JsonNode::asString)
			.containsExactly("差评风险");
		assertThat(mei.post(groups(), json(Map.of("name", "我的组"))).status()).as("rules are a supervisor's")
			.isEqualTo(403);
		assertThat(boss.post(groups(), json(Map.of("name", "大客户"))).status()).isEqualTo(400);
	}

	@Test
	void manyCustomersGoIntoAGroupAtOnceAndOnlyTheShopsOwn() {
		long group = boss.post(groups(), json(Map.of("name", "双11回访"))).json().get("id").asLong();
		Shop other = shops.open(NewShop.of("别家店" + System.nanoTime(), Platform.TMALL));
		long stranger = buyers.recognise(other.id(), "tb_other", PAID).id().value();

		ApiClient.Reply added = mei.post(members(group), json(Map.of("buyerIds", List.of(wang, li))));
		ApiClient.Reply foreign = mei.post(members(group), json(Map.of("buyerIds", List.of(wang, stranger))));

		assertThat(added.json().get("added").asInt()).isEqualTo(2);
		assertThat(foreign.status()).isEqualTo(400);
		assertThat(mei.get("/api/v1/shops/" + shop.id() + "/customers/" + stranger).status()).isEqualTo(404);
	}

	@Test
	void activitiesAndCallsJoinTheTimelineWithTheEtiquetteTicked() {
		ApiClient.Reply visit = mei.post(customer(wang) + "/activities",
				json(Map.of("kind", "MARKETING", "happenedAt", "2026-11-20T07:00:00Z", "summary", "发了双12优惠券")));
		ApiClient.Reply call = mei.post(customer(wang) + "/calls",
				json(Map.of("direction", "OUT", "startedAt", "2026-11-21T07:10:00Z", "durationSeconds", 185, "outcome",
						"REACHED", "notes", "确认收货地址", "etiquette", List.of("INTRODUCED", "CONFIRMED"))));

		assertThat(visit.status()).as(visit.body()).isEqualTo(201);
		assertThat(call.status()).as(call.body()).isEqualTo(201);
		JsonNode profile = get(mei, customer(wang));
		assertThat(profile.get("calls").get(0).get("etiquette")).extracting(JsonNode::asString)
			.containsExactlyInAnyOrder("INTRODUCED", "CONFIRMED");
		assertThat(profile.get("activities")).extracting(a -> a.get("kind").asString())
			.contains("MARKETING", "CALL", "AFTER_SALES");
		assertThat(mei.post(customer(wang) + "/calls", json(Map.of("direction", "SIDEWAYS"))).status()).isEqualTo(400);
		assertThat(mei
			.post(customer(wang) + "/calls",
					json(Map.of("direction", "OUT", "startedAt", "2026-11-21T07:10:00Z", "durationSeconds", -5,
							"outcome", "REACHED")))
			.status()).isEqualTo(400);
		assertThat(mei
			.post(customer(wang) + "/activities",
					json(Map.of("kind", "CHAT", "happenedAt", "2026-11-20T07:00:00Z", "summary", "x")))
			.status()).as("chats come from the archive").isEqualTo(400);
	}

	@Test
	void anotherShopsAgentAndAnOrderClerkReadNoCustomers() {
		Shop other = shops.open(NewShop.of("别家店" + System.nanoTime(), Platform.TMALL));
		ApiClient stranger = hire(other, "x" + System.nanoTime(), Role.PRE_SALES, SkillGroup.PRE_SALES).api;
		ApiClient clerk = hire("k" + System.nanoTime(), Role.ORDER_CLERK, null).api;

		assertThat(stranger.get(customer(wang)).status()).isEqualTo(403);
		assertThat(stranger.get("/api/v1/shops/" + other.id() + "/customers/" + wang).status()).isEqualTo(404);
		assertThat(clerk.get("/api/v1/shops/" + shop.id() + "/customers").status()).isEqualTo(403);
		assertThat(get(mei, customer(wang)).get("customer").get("phone").isNull()).isTrue();
	}

	@Test
	void erasingABuyerForgetsTheirPersonalDataEverywhereAndLogsIt() {
		ApiClient.Reply tagged = mei.put(customer(wang), json(Map.of("tags", List.of("爱买灯"), "notes", "住杭州西湖区")));
		assertThat(tagged.status()).isEqualTo(200);
		assertThat(mei.delete(customer(wang) + "/personal-data").status()).as("a supervisor's").isEqualTo(403);

		ApiClient.Reply erased = boss.delete(customer(wang) + "/personal-data");

		assertThat(erased.status()).as(erased.body()).isEqualTo(204);
		JsonNode profile = get(mei, customer(wang));
		assertThat(profile.get("customer").get("nick").asString()).isEqualTo("erased#" + wang);
		assertThat(profile.get("customer").get("tags")).isEmpty();
		assertThat(profile.get("notes").asString()).isEmpty();
		assertThat(profile.get("customer").get("purchases").get("paidOrders").asInt()).as("orders stay, nameless")
			.isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from shop_order where buyer_id = ? and receiver_phone is not null")
			.param(wang)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from buyer_erasure where buyer_id = ?")
			.param(wang)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(buyers.findByNick(shop.id(), "tb_wang")).isEmpty();
	}

	private Order order(String no, long buyer, String paid, List<Refund> refunds) {
		return new Order(null, shop.id(), OrderNo.of(no), BuyerId.of(buyer), OrderStatus.COMPLETED,
				PAID.minusSeconds(600), PAID, null, null, new BigDecimal(paid), new BigDecimal(paid), BigDecimal.ZERO,
				null, new Order.Receiver("王先生", "13812345678", "浙江省杭州市西湖区文三路100号"), List.of(), refunds, List.of());
	}

	private record Hired(long id, ApiClient api) {
	}

	private Hired hire(String username, Role role, SkillGroup group) {
		return hire(shop, username, role, group);
	}

	private Hired hire(Shop in, String username, Role role, SkillGroup group) {
		Agent agent = staff.hire(in.id(),
				new AgentDraft(username, username, Set.of(role), group, Certification.CERTIFIED, null, true),
				java.util.Optional.of(new Staff.Credentials(username, ShopFixture.PASSWORD)));
		return new Hired(agent.id().value(), ApiClient.anonymous(port).as(username, ShopFixture.PASSWORD));
	}

	private String customer(long id) {
		return "/api/v1/shops/" + shop.id() + "/customers/" + id;
	}

	private String groups() {
		return "/api/v1/shops/" + shop.id() + "/customer-groups";
	}

	private String members(long group) {
		return groups() + "/" + group + "/members";
	}

	private static JsonNode get(ApiClient who, String path) {
		ApiClient.Reply reply = who.get(path);
		assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(200);
		return reply.json();
	}

	private static String json(Map<String, ?> fields) {
		return JSON.writeValueAsString(fields);
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

}
