package io.kefu.reception;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.kefu.access.Role;
import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.order.Order;
import io.kefu.order.OrderItem;
import io.kefu.order.OrderNo;
import io.kefu.order.Orders;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static io.kefu.reception.ChatScene.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The orders beside a chat over real HTTP: the conversation's buyer's orders with the
 * receiver masked, finding an order by number or phone digits and linking it, the
 * verification message, and change requests carried out or refused by the order clerk,
 * including cancel-before-print.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "kefu.chat.secret=" + LiveChatApiIntegrationTests.SECRET)
class ConversationOrdersApiIntegrationTests {

	private static final Instant CREATED = Instant.now().minusSeconds(3 * 3600);

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

	ChatScene scene;

	ChatScene.AgentSide mei;

	ChatScene.AgentSide yu;

	ChatScene.AgentSide boss;

	ChatScene.AgentSide clerk;

	ChatScene.BuyerSide lin;

	long conversationId;

	@BeforeEach
	void aBuyerChatsWithMei() {
		scene = new ChatScene(shops, staff, ApiClient.anonymous(port));
		mei = scene.preSales("小美");
		yu = scene.preSales("小雨");
		boss = scene.supervisor("主管");
		clerk = scene.person("丹丹", Role.ORDER_CLERK);
		mei.presence(Presence.ONLINE);
		lin = scene.buyer("林小姐");
		lin.sent("c1", "我的订单能改地址吗");
		conversationId = mei.onlyConversation().get("id").asLong();
	}

	@Test
	void theAgentSeesTheBuyersOrdersWithTheReceiverMasked() {
		long paid = paidOrder(lin.buyerId(), "CO-1001");

		JsonNode list = ok(mei.api().get(ordersPath("")));

		assertThat(list).hasSize(1);
		JsonNode order = list.get(0);
		assertThat(order.get("id").asLong()).isEqualTo(paid);
		assertThat(order.get("status").asString()).isEqualTo("PAID");
		assertThat(order.get("paidAt").isNull()).isFalse();
		assertThat(order.get("items").get(0).get("skuSpec").asString()).isEqualTo("白色 充电款");
		assertThat(order.get("receiver").get("name").asString()).isEqualTo("林**");
		assertThat(order.get("receiver").get("phone").asString()).isEqualTo("138****5678");
		assertThat(order.get("receiver").get("address").asString()).isEqualTo("浙江省杭州市西湖区****");
		assertThat(order.get("voidability").asString()).isEqualTo("VOIDABLE");
		assertThat(order.get("linked").asBoolean()).isFalse();
		assertThat(ok(yu.api().get(ordersPath("")))).hasSize(1);
		assertThat(ok(boss.api().get(ordersPath("")))).hasSize(1);
	}

	@Test
	void onlyAgentsAndSupervisorsOfTheShopReadThemAndAnotherShopsConversationIsNotFound() {
		ChatScene.AgentSide trainer = scene.person("培训", Role.TRAINER);
		ChatScene other = new ChatScene(shops, staff, ApiClient.anonymous(port));
		ChatScene.AgentSide stranger = other.preSales("别家");

		assertThat(trainer.api().get(ordersPath("")).status()).isEqualTo(403);
		assertThat(clerk.api().get(ordersPath("")).status()).isEqualTo(403);
		assertThat(stranger.api().get(ordersPath("")).status()).isEqualTo(404);
		assertThat(
				stranger.api().get("/api/v1/agent/conversations/" + conversationId + "/orders/1/verification").status())
			.isEqualTo(404);
		assertThat(mei.api().get("/api/v1/agent/conversations/0/orders").status()).isEqualTo(404);
	}

	@Test
	void badQueriesAreAnsweredWithTheFieldNamed() {
		assertBadField(mei.api().get(ordersPath("?limit=0")), "limit");
		assertBadField(mei.api().get(ordersPath("?limit=101")), "limit");
		assertBadField(mei.api().get(ordersPath("?phoneLast4=56a8")), "phoneLast4");
		assertBadField(mei.api().get(ordersPath("?phoneLast4=12345")), "phoneLast4");
		assertBadField(mei.api().get(ordersPath("?orderNo=%E8%AE%A2%E5%8D%95")), "orderNo");
	}

	@Test
	void anOrderOfTheMarketplaceNickIsFoundByPhoneDigitsOrNumberAndLinkedToTheChatBuyer() {
		long marketplaceBuyer = buyers.recognise(ShopId.of(scene.shopId), "tb_lin_88", CREATED).id().value();
		long imported = paidOrder(marketplaceBuyer, "CO-2002");
		assertThat(ok(mei.api().get(ordersPath("")))).isEmpty();

		JsonNode byPhone = ok(mei.api().get(ordersPath("?phoneLast4=5678")));
		assertThat(byPhone).extracting(o -> o.get("orderNo").asString()).containsExactly("CO-2002");
		assertThat(byPhone.get(0).get("receiver").get("phone").asString()).isEqualTo("138****5678");
		assertThat(ok(mei.api().get(ordersPath("?orderNo=CO-2002")))).hasSize(1);
		assertThat(ok(mei.api().get(ordersPath("?orderNo=CO-9999")))).isEmpty();

		assertThat(yu.api().post(ordersPath("/" + imported + "/link?phoneLast4=5678"), "").status()).isEqualTo(403);
		JsonNode linked = ok(mei.api().post(ordersPath("/" + imported + "/link?phoneLast4=5678"), ""));
		assertThat(linked.get("linked").asBoolean()).isTrue();
		ok(mei.api().post(ordersPath("/" + imported + "/link?orderNo=CO-2002"), ""));

		JsonNode list = ok(mei.api().get(ordersPath("")));
		assertThat(list).extracting(o -> o.get("orderNo").asString()).containsExactly("CO-2002");
		assertThat(list.get(0).get("linked").asBoolean()).isTrue();
		assertThat(mei.api().post(ordersPath("/" + Long.MAX_VALUE + "/link?phoneLast4=5678"), "").status())
			.isEqualTo(404);
	}

	@Test
	void anOrderIsLinkedOnlyWhenWhatTheBuyerGaveFindsItSoAnOrderIdAloneDoesNotOpenAStrangersAddress() {
		long strangers = paidOrder(buyers.recognise(ShopId.of(scene.shopId), "tb_stranger", CREATED).id().value(),
				"CO-6006");

		assertBadField(mei.api().post(ordersPath("/" + strangers + "/link"), ""), "orderNo");
		assertThat(mei.api().post(ordersPath("/" + strangers + "/link?orderNo=CO-9999"), "").status()).isEqualTo(404);
		assertThat(mei.api().post(ordersPath("/" + strangers + "/link?phoneLast4=0000"), "").status()).isEqualTo(404);
		assertBadField(mei.api().post(ordersPath("/" + strangers + "/link?phoneLast4=56a8"), ""), "phoneLast4");
		assertBadField(mei.api().post(ordersPath("/" + strangers + "/link?orderNo=%25"), ""), "orderNo");

		assertThat(ok(mei.api().get(ordersPath("")))).as("nothing was linked").isEmpty();
		assertThat(mei.api().get(ordersPath("/" + strangers + "/verification")).status()).isEqualTo(404);
		assertThat(
				ok(mei.api().post(ordersPath("/" + strangers + "/link?orderNo=CO-6006"), "")).get("linked").asBoolean())
			.isTrue();
	}

	@Test
	void theVerificationMessageReadsTheWholeReceiverAndItemsBackToTheBuyerForTheAgentWhoHasTheChat() {
		long paid = paidOrder(lin.buyerId(), "CO-3003");
		long someoneElses = paidOrder(buyers.recognise(ShopId.of(scene.shopId), "tb_other", CREATED).id().value(),
				"CO-3004");

		JsonNode verification = ok(mei.api().get(ordersPath("/" + paid + "/verification")));

		assertThat(verification.get("text").asString())
			.isEqualTo("亲留的信息是:收货人 林小姐,电话 138****5678,地址 浙江省杭州市西湖区文三路 90 号;宝贝 视谱 护眼台灯 A1(白色 充电款) ×1,请您核实一下是否正确?");
		assertThat(ok(boss.api().get(ordersPath("/" + paid + "/verification"))).get("orderNo").asString())
			.isEqualTo("CO-3003");
		assertThat(yu.api().get(ordersPath("/" + paid + "/verification")).status()).isEqualTo(403);
		assertThat(mei.api().get(ordersPath("/" + someoneElses + "/verification")).status()).isEqualTo(404);
	}

	@Test
	void changeRequestsAreDoneOrRefusedByTheClerkAndTheAgentSeesTheOutcome() {
		long paid = paidOrder(lin.buyerId(), "CO-4004");
		long address = created(mei.api()
			.post("/api/v1/orders/" + paid + "/remarks",
					json(Map.of("request", "客户要求修改地址,新地址为:杭州市滨江区江南大道 1 号", "kind", "ADDRESS"))));
		long invoice = created(mei.api()
			.post("/api/v1/orders/" + paid + "/remarks",
					json(Map.of("request", "客户要求开发票,抬头:杭州某某公司", "kind", "INVOICE"))));

		assertThat(mei.api().post("/api/v1/remark-tasks/" + address + "/done", "").status()).isEqualTo(403);
		ok(clerk.api().post("/api/v1/remark-tasks/" + address + "/done", ""));
		assertBadField(clerk.api().post("/api/v1/remark-tasks/" + invoice + "/refused", json(Map.of("reason", " "))),
				"reason");
		assertBadField(clerk.api().post("/api/v1/remark-tasks/" + invoice + "/refused", "{}"), "reason");
		JsonNode refused = ok(
				clerk.api().post("/api/v1/remark-tasks/" + invoice + "/refused", json(Map.of("reason", "抬头缺税号"))));
		assertThat(refused.get("status").asString()).isEqualTo("REFUSED");
		assertThat(refused.get("refusal").asString()).isEqualTo("抬头缺税号");
		assertThat(clerk.api()
			.post("/api/v1/remark-tasks/" + invoice + "/refused", json(Map.of("reason", "再拒一次")))
			.status()).isEqualTo(409);
		assertThat(clerk.api().post("/api/v1/remark-tasks/" + invoice + "/done", "").status()).isEqualTo(409);

		JsonNode requests = ok(mei.api().get(ordersPath(""))).get(0).get("requests");
		assertThat(requests)
			.extracting(r -> r.get("kind").asString(), r -> r.get("status").asString(),
					r -> r.get("handledByName").asString())
			.containsExactly(tuple("ADDRESS", "DONE", "丹丹"), tuple("INVOICE", "REFUSED", "丹丹"));
		assertThat(requests.get(1).get("refusal").asString()).isEqualTo("抬头缺税号");
		JsonNode refusedList = ok(clerk.api().get("/api/v1/shops/" + scene.shopId + "/remark-tasks?status=REFUSED"));
		assertThat(refusedList).extracting(t -> t.get("id").asLong()).containsExactly(invoice);
	}

	@Test
	void aCancelBeforePrintReachesTheClerkOnlyForAPaidOrderNotYetShipped() {
		long paid = paidOrder(lin.buyerId(), "CO-5005");
		long shipped = order(lin.buyerId(), "CO-5006",
				o -> o.pay(CREATED.plusSeconds(60), new BigDecimal("199.00")).ship(CREATED.plusSeconds(3600)));
		long unpaid = order(lin.buyerId(), "CO-5007", o -> o);
		String cancel = json(Map.of("request", "客户拍下付款后不想要了,未打单请作废", "kind", "CANCEL"));

		long voided = created(mei.api().post("/api/v1/orders/" + paid + "/remarks", cancel));
		ok(clerk.api().post("/api/v1/remark-tasks/" + voided + "/done", ""));
		ApiClient.Reply printed = mei.api().post("/api/v1/orders/" + shipped + "/remarks", cancel);
		ApiClient.Reply notPaid = mei.api().post("/api/v1/orders/" + unpaid + "/remarks", cancel);

		assertThat(printed.status()).isEqualTo(409);
		assertThat(printed.json().get("voidability").asString()).isEqualTo("PRINTED");
		assertThat(notPaid.status()).isEqualTo(409);
		assertThat(notPaid.json().get("voidability").asString()).isEqualTo("NOT_PAID");
		JsonNode list = ok(mei.api().get(ordersPath("")));
		assertThat(list)
			.extracting(o -> o.get("orderNo").asString(), o -> o.get("requests").size(),
					o -> o.get("voidability").asString())
			.containsExactlyInAnyOrder(tuple("CO-5005", 1, "VOIDABLE"), tuple("CO-5006", 0, "PRINTED"),
					tuple("CO-5007", 0, "NOT_PAID"));
	}

	private String ordersPath(String rest) {
		return "/api/v1/agent/conversations/" + conversationId + "/orders" + rest;
	}

	private long paidOrder(long buyerId, String orderNo) {
		return order(buyerId, orderNo, o -> o.pay(CREATED.plusSeconds(60), new BigDecimal("199.00")));
	}

	private long order(long buyerId, String orderNo, UnaryOperator<Order> life) {
		Order placed = Order.place(ShopId.of(scene.shopId), OrderNo.of(orderNo), BuyerId.of(buyerId), CREATED,
				List.of(new OrderItem(null, null, "视谱 护眼台灯 A1", "白色 充电款", 1, new BigDecimal("199.00"))),
				BigDecimal.ZERO, new Order.Receiver("林小姐", "13812345678", "浙江省杭州市西湖区文三路 90 号"));
		orders.addAll(List.of(life.apply(placed)));
		return orders.findByNo(ShopId.of(scene.shopId), OrderNo.of(orderNo)).orElseThrow().id().value();
	}

	private static JsonNode ok(ApiClient.Reply reply) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return reply.json();
	}

	private static long created(ApiClient.Reply reply) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.json().get("id").asLong();
	}

	private static void assertBadField(ApiClient.Reply reply, String field) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(400);
		assertThat(reply.json().get("errors")).extracting(e -> e.get("field").asString()).contains(field);
	}

}
