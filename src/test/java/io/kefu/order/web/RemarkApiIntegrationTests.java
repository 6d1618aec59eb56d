package io.kefu.order.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.kefu.access.Role;
import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.order.Order;
import io.kefu.order.OrderItem;
import io.kefu.order.OrderNo;
import io.kefu.order.Orders;
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

import static io.kefu.support.ShopFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RemarkApiIntegrationTests {

	private static final Instant CREATED = Instant.parse("2026-11-20T06:00:00Z");

	private static final DateTimeFormatter SEED_DATE = DateTimeFormatter.ofPattern("uuuu.M.d");

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	Buyers buyers;

	@Autowired
	Orders orders;

	ApiClient api;

	Shop shop;

	long buyerId;

	@BeforeEach
	void setUp() {
		api = ApiClient.anonymous(port);
		shop = shops.findByName("备注接口店").orElseGet(this::openShops);
		buyerId = buyers.findByNick(shop.id(), "tb_lin_xiaojie").orElseThrow().id().value();
	}

	private Shop openShops() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		Shop opened = fixture.shop("备注接口店");
		Shop other = fixture.shop("别家备注接口店");
		fixture.account(opened, "rm-mei", Role.PRE_SALES);
		fixture.account(opened, "rm-ning", Role.AFTER_SALES);
		fixture.account(opened, "rm-boss", Role.SUPERVISOR);
		fixture.account(opened, "rm-dandan", Role.ORDER_CLERK);
		fixture.account(opened, "rm-peixun", Role.TRAINER);
		fixture.account(other, "rm-stranger", Role.SUPERVISOR);
		buyers.recognise(opened.id(), "tb_lin_xiaojie", CREATED);
		buyers.recognise(other.id(), "tb_elsewhere", CREATED);
		return opened;
	}

	private long order(String orderNo) {
		return orderAt(orderNo, CREATED);
	}

	private long orderAt(String orderNo, Instant createdAt) {
		orders.addAll(List.of(Order
			.place(shop.id(), OrderNo.of(orderNo), BuyerId.of(buyerId), createdAt,
					List.of(new OrderItem(null, null, "视谱 护眼台灯 A1", "白色 充电款", 2, new BigDecimal("199.00"))),
					new BigDecimal("10.00"), new Order.Receiver("林小姐", "13812345678", "浙江省杭州市西湖区文三路 90 号"))
			.pay(createdAt.plusSeconds(300), new BigDecimal("398.00"))));
		return orders.findByNo(shop.id(), OrderNo.of(orderNo)).orElseThrow().id().value();
	}

	private ApiClient as(String username) {
		return api.as(username, PASSWORD);
	}

	private static String today() {
		return SEED_DATE.format(LocalDate.now(ZoneId.of("Asia/Shanghai")));
	}

	@Test
	void anAgentsRemarkIsStoredInTheHouseFormAndFlagsTheOrder() {
		long orderId = order("7001");
		String before = today();

		ApiClient.Reply reply = as("rm-mei").post("/api/v1/orders/" + orderId + "/remarks", """
				{"request": "改颜色为白色", "flag": "RED", "kind": "ATTRIBUTE"}""");

		assertThat(reply.status()).isEqualTo(201);
		JsonNode remark = reply.json();
		assertThat(remark.get("text").asString()).isIn("rm-mei 改颜色为白色 " + before, "rm-mei 改颜色为白色 " + today());
		assertThat(remark.get("flag").asString()).isEqualTo("RED");
		assertThat(remark.get("kind").asString()).isEqualTo("ATTRIBUTE");
		assertThat(remark.get("status").asString()).isEqualTo("OPEN");
		assertThat(remark.get("orderNo").asString()).isEqualTo("7001");
		assertThat(remark.get("writtenByName").asString()).isEqualTo("rm-mei");
		Order stored = orders.findByNo(shop.id(), OrderNo.of("7001")).orElseThrow();
		assertThat(stored.flag()).isEqualTo(io.kefu.order.Flag.RED);
		assertThat(stored.remarks()).extracting(r -> r.text()).containsExactly(remark.get("text").asString());
	}

	@Test
	void theKindsFlagIsUsedWhenNoneIsChosen() {
		long orderId = order("7002");

		JsonNode remark = as("rm-ning").post("/api/v1/orders/" + orderId + "/remarks", """
				{"request": "承诺赠送灯泡一个", "kind": "GIFT"}""").json();

		assertThat(remark.get("flag").asString()).isEqualTo("YELLOW");
		assertThat(remark.get("text").asString()).startsWith("rm-ning 承诺赠送灯泡一个 ");
	}

	@Test
	void badInputNamesEachFieldAndStoresNothing() {
		long orderId = order("7003");
		ApiClient mei = as("rm-mei");

		assertThat(fieldsOf(mei.post("/api/v1/orders/" + orderId + "/remarks", """
				{"request": "  ", "flag": "RED"}"""))).containsExactly("request");
		assertThat(fieldsOf(mei.post("/api/v1/orders/" + orderId + "/remarks", """
				{"request": "改地址\\n杭州", "flag": "RED"}"""))).containsExactly("request");
		assertThat(fieldsOf(mei.post("/api/v1/orders/" + orderId + "/remarks",
				"{\"request\": \"" + "灯".repeat(201) + "\", \"flag\": \"RED\"}")))
			.containsExactly("request");
		assertThat(fieldsOf(mei.post("/api/v1/orders/" + orderId + "/remarks", """
				{"request": "顺丰发货", "flag": "PINK"}"""))).containsExactly("flag");
		assertThat(fieldsOf(mei.post("/api/v1/orders/" + orderId + "/remarks", """
				{"flag": "ORANGE", "kind": "REFUND"}"""))).containsExactlyInAnyOrder("flag", "kind", "request");

		Order untouched = orders.findByNo(shop.id(), OrderNo.of("7003")).orElseThrow();
		assertThat(untouched.flag()).isNull();
		assertThat(untouched.remarks()).isEmpty();
		assertThat(openTasks().toString()).doesNotContain("7003");
	}

	@Test
	void aTooLongRequestSaysHowLongItIs() {
		long orderId = order("7004");

		ApiClient.Reply reply = as("rm-mei").post("/api/v1/orders/" + orderId + "/remarks",
				"{\"request\": \"" + "灯".repeat(201) + "\", \"flag\": \"RED\"}");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.json().get("errors").get(0).get("reason").asString()).contains("200").contains("201");
	}

	@Test
	void onlyAgentsAndSupervisorsOfTheOrdersShopWriteRemarks() {
		long orderId = order("7005");
		String body = """
				{"request": "改地址", "flag": "RED"}""";

		assertThat(as("rm-dandan").post("/api/v1/orders/" + orderId + "/remarks", body).status()).isEqualTo(403);
		assertThat(as("rm-peixun").post("/api/v1/orders/" + orderId + "/remarks", body).status()).isEqualTo(403);
		ApiClient.Reply stranger = as("rm-stranger").post("/api/v1/orders/" + orderId + "/remarks", body);
		assertThat(stranger.status()).as("another shop's order is not found").isEqualTo(404);
		assertThat(stranger.contentType()).startsWith("application/problem+json");
		assertThat(as("rm-boss").post("/api/v1/orders/" + orderId + "/remarks", body).status()).isEqualTo(201);
		assertThat(orders.findByNo(shop.id(), OrderNo.of("7005")).orElseThrow().remarks()).hasSize(1);
	}

	@Test
	void anUnknownOrderIsNotFound() {
		ApiClient.Reply reply = as("rm-mei").post("/api/v1/orders/" + Long.MAX_VALUE + "/remarks", """
				{"request": "改地址", "flag": "RED"}""");

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(as("rm-mei").post("/api/v1/orders/0/remarks", """
				{"request": "改地址", "flag": "RED"}""").status()).isEqualTo(404);
	}

	@Test
	void theClerkSeesOpenRemarksAndMarksThemDoneOnce() {
		long orderId = order("7006");
		long taskId = as("rm-mei").post("/api/v1/orders/" + orderId + "/remarks", """
				{"request": "客户要求发顺丰,已补差价12元", "flag": "RED", "kind": "COURIER"}""").json().get("id").asLong();

		JsonNode open = taskOf(openTasks(), taskId);
		assertThat(open.get("orderNo").asString()).isEqualTo("7006");
		assertThat(open.get("buyerNick").asString()).isEqualTo("tb_lin_xiaojie");
		assertThat(open.get("writtenByName").asString()).isEqualTo("rm-mei");
		assertThat(open.get("text").asString()).startsWith("rm-mei 客户要求发顺丰,已补差价12元 ");

		ApiClient.Reply done = as("rm-dandan").post("/api/v1/remark-tasks/" + taskId + "/done", "");
		assertThat(done.status()).isEqualTo(200);
		assertThat(done.json().get("status").asString()).isEqualTo("DONE");
		assertThat(done.json().get("handledByName").asString()).isEqualTo("rm-dandan");
		assertThat(done.json().get("handledAt").isNull()).isFalse();

		assertThat(openTasks().toString()).doesNotContain("\"id\":" + taskId + ",");
		JsonNode handled = as("rm-dandan").get("/api/v1/shops/" + shop.id() + "/remark-tasks?status=DONE").json();
		assertThat(taskOf(handled, taskId).get("handledByName").asString()).isEqualTo("rm-dandan");
		ApiClient.Reply again = as("rm-boss").post("/api/v1/remark-tasks/" + taskId + "/done", "");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("detail").asString()).contains("DONE");
	}

	@Test
	void onlyClerksAndSupervisorsOfTheShopWorkTheList() {
		long orderId = order("7007");
		long taskId = as("rm-mei").post("/api/v1/orders/" + orderId + "/remarks", """
				{"request": "改地址", "flag": "RED", "kind": "ADDRESS"}""").json().get("id").asLong();
		String list = "/api/v1/shops/" + shop.id() + "/remark-tasks";

		assertThat(as("rm-mei").get(list).status()).isEqualTo(403);
		assertThat(as("rm-stranger").get(list).status()).isEqualTo(403);
		assertThat(as("rm-boss").get(list).status()).isEqualTo(200);
		assertThat(as("rm-mei").post("/api/v1/remark-tasks/" + taskId + "/done", "").status()).isEqualTo(403);
		assertThat(as("rm-stranger").post("/api/v1/remark-tasks/" + taskId + "/done", "").status()).isEqualTo(404);
		ApiClient.Reply refusedElsewhere = as("rm-stranger").post("/api/v1/remark-tasks/" + taskId + "/refused", """
				{"reason": "已打单"}""");
		assertThat(refusedElsewhere.status()).as("another shop's task is not found").isEqualTo(404);
		assertThat(refusedElsewhere.contentType()).startsWith("application/problem+json");
		assertThat(refusedElsewhere.body()).doesNotContain("shop " + shop.id());
		assertThat(as("rm-dandan").post("/api/v1/remark-tasks/" + Long.MAX_VALUE + "/done", "").status())
			.isEqualTo(404);
		assertThat(as("rm-dandan").get(list + "?status=LATER").status()).isEqualTo(400);
		assertThat(as("rm-mei").get("/api/v1/remark-tasks/" + taskId).json().get("status").asString())
			.isEqualTo("OPEN");
		assertThat(as("rm-stranger").get("/api/v1/remark-tasks/" + taskId).status()).isEqualTo(404);
		assertThat(as("rm-mei").get("/api/v1/remark-tasks/" + taskId).json().get("status").asString())
			.as("nothing was done by the other shop")
			.isEqualTo("OPEN");
	}

	@Test
	void theBuyerPanelListsOrdersNewestFirstWithTheReceiverMasked() {
		long older = orderAt("7101", CREATED.minusSeconds(86400 * 40));
		long newer = orderAt("7102", CREATED.plusSeconds(86400 * 40));
		as("rm-mei").post("/api/v1/orders/" + newer + "/remarks", """
				{"request": "顺丰发货", "flag": "RED"}""");

		JsonNode panel = as("rm-mei").get("/api/v1/shops/" + shop.id() + "/buyers/" + buyerId + "/orders").json();

		assertThat(panel.get(0).get("id").asLong()).isEqualTo(newer);
		assertThat(panel.get(panel.size() - 1).get("id").asLong()).isEqualTo(older);
		JsonNode latest = panel.get(0);
		assertThat(latest.get("status").asString()).isEqualTo("PAID");
		assertThat(latest.get("paidAmount").decimalValue()).isEqualByComparingTo("398.00");
		assertThat(latest.get("totalAmount").decimalValue()).isEqualByComparingTo("408.00");
		assertThat(latest.get("flag").asString()).isEqualTo("RED");
		assertThat(latest.get("items").get(0).get("title").asString()).isEqualTo("视谱 护眼台灯 A1");
		assertThat(latest.get("items").get(0).get("quantity").asInt()).isEqualTo(2);
		assertThat(latest.get("remarks").get(0).get("text").asString()).startsWith("rm-mei 顺丰发货 ");
		assertThat(latest.get("receiver").get("phone").asString()).isEqualTo("138****5678");
		assertThat(latest.get("receiver").get("address").asString()).isEqualTo("浙江省杭州市西湖区****");
		assertThat(latest.get("receiver").get("name").asString()).isEqualTo("林**");
		assertThat(latest.get("requests").get(0).get("status").asString()).isEqualTo("OPEN");
		assertThat(panel.toString()).doesNotContain("13812345678", "文三路", "林小姐");
	}

	@Test
	void theBuyerPanelIsForTheShopsAgentsClerksAndSupervisors() {
		String panel = "/api/v1/shops/" + shop.id() + "/buyers/" + buyerId + "/orders";
		long elsewhere = buyers.findByNick(shops.findByName("别家备注接口店").orElseThrow().id(), "tb_elsewhere")
			.orElseThrow()
			.id()
			.value();

		assertThat(api.get(panel).status()).isEqualTo(401);
		assertThat(as("rm-ning").get(panel).status()).isEqualTo(200);
		assertThat(as("rm-dandan").get(panel).status()).isEqualTo(200);
		assertThat(as("rm-boss").get(panel + "?limit=1").json()).hasSize(1);
		assertThat(as("rm-peixun").get(panel).status()).isEqualTo(403);
		assertThat(as("rm-stranger").get(panel).status()).isEqualTo(403);
		assertThat(as("rm-mei").get("/api/v1/shops/" + shop.id() + "/buyers/" + elsewhere + "/orders").status())
			.isEqualTo(404);
		assertThat(as("rm-mei").get(panel + "?limit=0").status()).isEqualTo(400);
	}

	@Test
	void thePresetsCarryTheSeedsWording() {
		JsonNode kinds = as("rm-mei").get("/api/v1/remark-kinds").json();

		assertThat(kinds).extracting(kind -> kind.get("kind").asString())
			.containsExactly("ADDRESS", "ATTRIBUTE", "COURIER", "GIFT", "INVOICE", "GREETING_CARD", "DELIVERY_TIME",
					"CANCEL", "OTHER");
		assertThat(kinds.get(0).get("wording").asString()).isEqualTo("客户要求修改地址,新地址为:");
		assertThat(kinds.get(0).get("flag").asString()).isEqualTo("RED");
	}

	private JsonNode openTasks() {
		return as("rm-dandan").get("/api/v1/shops/" + shop.id() + "/remark-tasks?status=OPEN").json();
	}

	private static JsonNode taskOf(JsonNode list, long taskId) {
		for (JsonNode task : list) {
			if (task.get("id").asLong() == taskId) {
				return task;
			}
		}
		throw new AssertionError("task " + taskId + " is not in " + list);
	}

	private static List<String> fieldsOf(ApiClient.Reply reply) {
		assertThat(reply.status()).isEqualTo(400);
		return reply.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList();
	}

}
