package io.kefu.followup;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import io.kefu.access.Role;
import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.order.Order;
import io.kefu.order.OrderItem;
import io.kefu.order.OrderNo;
import io.kefu.order.OrderStatus;
import io.kefu.order.Orders;
import io.kefu.order.Refund;
import io.kefu.reception.ClientAddress;
import io.kefu.reception.Visitor;
import io.kefu.reception.VisitorChat;
import io.kefu.shop.Product;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;
import io.kefu.support.SettableClock;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The follow-ups after the sale over real HTTP: offline messages worked as tasks of their
 * group and kept in step with the desk, review reminders after receipt, visits after a
 * refund case closed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FollowupTestClock.class)
class AfterSaleFollowupIntegrationTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	VisitorChat visitors;

	@Autowired
	SettableClock clock;

	@Autowired
	Buyers buyers;

	@Autowired
	Orders orders;

	Product lamp;

	Shop shop;

	Agent mei;

	Agent fang;

	Agent boss;

	String suffix;

	/** Shop time on 2026-12-07. */
	private static Instant at(String time) {
		return LocalDateTime.parse("2026-12-07T" + time).atZone(SHANGHAI).toInstant();
	}

	/** Shop time on another day of December 2026. */
	private static Instant on(int day, String time) {
		return LocalDateTime.parse("2026-12-%02dT%s".formatted(day, time)).atZone(SHANGHAI).toInstant();
	}

	/** An order placed and paid on the day, for 199 yuan. */
	private Order paid(String orderNo, String buyerNick, Instant placedAt) {
		BuyerId buyer = buyers.recognise(shop.id(), buyerNick, placedAt).id();
		return Order
			.place(shop.id(), OrderNo.of(orderNo), buyer, placedAt,
					List.of(new OrderItem(lamp.id(), null, lamp.title(), "白色 充电款", 1, new BigDecimal("199.00"))),
					BigDecimal.ZERO, new Order.Receiver("林小姐", "13812345678", "浙江省杭州市西湖区文三路 90 号"))
			.pay(placedAt.plus(Duration.ofMinutes(5)), new BigDecimal("199.00"));
	}

	private String orderNo(String prefix) {
		return prefix + suffix.substring(8);
	}

	private JsonNode awaitOrderTask(Agent reader, String kind, String orderNo) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> {
			for (JsonNode task : as(reader).get("/api/v1/shops/" + shop.id() + "/followups?kind=" + kind).json()) {
				if (orderNo.equals(task.get("orderNo").asString())) {
					return task;
				}
			}
			return null;
		}, task -> task != null);
	}

	private JsonNode awaitStatus(Agent reader, JsonNode task, String status) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> as(reader).get("/api/v1/followups/" + task.get("id").asLong()).json(),
					found -> status.equals(found.get("status").asString()));
	}

	@BeforeEach
	void openShop() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		suffix = Long.toString(System.nanoTime());
		shop = fixture.shop("售后跟进店" + suffix);
		mei = fixture.account(shop, "mei" + suffix, Role.PRE_SALES);
		fang = fixture.account(shop, "fang" + suffix, Role.AFTER_SALES);
		boss = fixture.account(shop, "boss" + suffix, Role.SUPERVISOR);
		lamp = fixture.lamp(shop, "视谱 护眼台灯 A1");
		clock.set(at("09:00"));
	}

	@AfterEach
	void resetClock() {
		clock.set(FollowupTestClock.MORNING);
	}

	private ApiClient as(Agent agent) {
		return ApiClient.anonymous(port).as(agent.username(), ShopFixture.PASSWORD);
	}

	private long leaveMessage(String nick, String text) {
		Visitor visitor = visitors.verify(visitors
			.startSession(ShopId.of(shop.id().value()), nick + suffix.substring(10), ClientAddress.of("203.0.113.7"))
			.token());
		return visitors.leaveMessage(visitor, text, null).id();
	}

	private JsonNode awaitTask(Agent reader, String kind, String buyerPrefix) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> {
			for (JsonNode task : as(reader).get("/api/v1/shops/" + shop.id() + "/followups?kind=" + kind).json()) {
				if (task.get("buyerNick").asString().startsWith(buyerPrefix)) {
					return task;
				}
			}
			return null;
		}, task -> task != null);
	}

	private ApiClient.Reply touch(Agent agent, JsonNode task, String channel, String outcome) {
		return as(agent).post("/api/v1/followups/" + task.get("id").asLong() + "/touches",
				"{\"channel\":\"" + channel + "\",\"outcome\":\"" + outcome + "\"}");
	}

	@Test
	void anOfflineMessageIsAGroupTaskAndAnsweringItHandlesItAtTheDesk() {
		leaveMessage("tb_liu", "台灯坏了一个，怎么退？");

		JsonNode task = awaitTask(mei, "OFFLINE_MESSAGE", "tb_liu");
		assertThat(task.get("group").asString()).isEqualTo("PRE_SALES");
		assertThat(task.get("status").asString()).isEqualTo("OPEN");
		assertThat(task.get("nextOutcomes")).extracting(JsonNode::asString).containsExactly("SENT", "SENT_IN_CLIENT");
		JsonNode script = as(mei).get("/api/v1/followups/" + task.get("id").asLong() + "/script").json();
		assertThat(script.get("questions").get(0).asString()).isEqualTo("台灯坏了一个，怎么退？");
		assertThat(script.get("text").asString()).contains("台灯坏了一个，怎么退？").contains(mei.displayName());

		JsonNode done = touch(mei, task, "MESSAGE", "SENT_IN_CLIENT").json();

		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.get("agentName").asString()).isEqualTo(mei.displayName());
		assertThat(as(mei).get("/api/v1/agent/offline-messages").json()).as("the answered message left the desk's list")
			.noneMatch(message -> message.get("buyerNick").asString().startsWith("tb_liu"));
	}

	@Test
	void aMessageHandledAtTheDeskEndsItsTask() {
		long message = leaveMessage("tb_qian", "发什么快递？");
		JsonNode task = awaitTask(mei, "OFFLINE_MESSAGE", "tb_qian");

		assertThat(as(mei).post("/api/v1/agent/offline-messages/" + message + "/handled", "{}").status())
			.isEqualTo(200);

		JsonNode ended = await().atMost(Duration.ofSeconds(20))
			.until(() -> as(mei).get("/api/v1/followups/" + task.get("id").asLong()).json(),
					found -> "DONE".equals(found.get("status").asString()));
		assertThat(ended.get("agentName").asString()).isEqualTo(mei.displayName());
		assertThat(ended.get("touches")).isEmpty();
		ApiClient.Reply late = touch(mei, task, "MESSAGE", "SENT_IN_CLIENT");
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.json().get("refusal").asString()).isEqualTo("CLOSED");
	}

	@Test
	void anAgentOfTheOtherGroupNeitherSeesNorWorksTheGroupsTask() {
		leaveMessage("tb_sun", "有优惠吗");
		JsonNode task = awaitTask(mei, "OFFLINE_MESSAGE", "tb_sun");

		assertThat(as(fang).get("/api/v1/shops/" + shop.id() + "/followups?kind=OFFLINE_MESSAGE").json()).isEmpty();
		assertThat(touch(fang, task, "MESSAGE", "SENT_IN_CLIENT").status()).isEqualTo(403);
		assertThat(as(boss).get("/api/v1/shops/" + shop.id() + "/followups?kind=OFFLINE_MESSAGE").json()).hasSize(1);
	}

	@Test
	void theListIsPaged() {
		leaveMessage("tb_a", "在吗");
		leaveMessage("tb_b", "在吗");
		awaitTask(boss, "OFFLINE_MESSAGE", "tb_a");
		awaitTask(boss, "OFFLINE_MESSAGE", "tb_b");
		String path = "/api/v1/shops/" + shop.id() + "/followups?kind=OFFLINE_MESSAGE&limit=1";

		JsonNode first = as(boss).get(path).json();
		JsonNode second = as(boss).get(path + "&offset=1").json();

		assertThat(first).hasSize(1);
		assertThat(second).hasSize(1);
		assertThat(first.get(0).get("id").asLong()).isNotEqualTo(second.get(0).get("id").asLong());
		assertThat(as(boss).get(path + "&offset=2").json()).isEmpty();
		assertThat(as(boss).get(path.replace("limit=1", "limit=501")).status()).isEqualTo(400);
	}

	@Test
	void aBuyerWhoConfirmedReceiptIsRemindedToReviewTwoDaysLaterByTheAfterSalesGroup() {
		String received = orderNo("6101");
		String justArrived = orderNo("6102");
		orders.record(List.of(paid(received, "tb_he", on(1, "10:00")).ship(on(2, "18:00")).complete(on(4, "10:00")),
				paid(justArrived, "tb_lv", on(3, "10:00")).ship(on(4, "18:00")).complete(on(6, "20:00"))));

		JsonNode task = awaitOrderTask(fang, "REVIEW_REMINDER", received);
		assertThat(Instant.parse(task.get("dueAt").asString())).isEqualTo(on(6, "10:00"));
		assertThat(task.get("group").asString()).isEqualTo("AFTER_SALES");
		assertThat(task.get("due").asBoolean()).isTrue();
		JsonNode notYet = awaitOrderTask(fang, "REVIEW_REMINDER", justArrived);
		assertThat(Instant.parse(notYet.get("dueAt").asString())).isEqualTo(on(8, "20:00"));
		assertThat(as(mei).get("/api/v1/shops/" + shop.id() + "/followups?kind=REVIEW_REMINDER").json())
			.as("a pre-sales agent does not see the after-sales group's tasks")
			.isEmpty();
		JsonNode script = as(fang).get("/api/v1/followups/" + task.get("id").asLong() + "/script").json();
		assertThat(script.get("text").asString()).contains("视谱 护眼台灯 A1", "带字的好评");
		assertThat(script.get("call").asBoolean()).isFalse();

		String handOver = "/api/v1/followups/" + task.get("id").asLong() + "/agent";
		assertThat(as(boss).put(handOver, "{\"agent\":" + mei.id().value() + "}").status())
			.as("a pre-sales agent is not given an after-sales task")
			.isEqualTo(400);
		assertThat(as(boss).put(handOver, "{\"agent\":" + fang.id().value() + "}").status()).isEqualTo(200);
		JsonNode done = touch(fang, task, "MESSAGE", "SENT_IN_CLIENT").json();

		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.get("agentName").asString()).isEqualTo(fang.displayName());
		ApiClient.Reply early = touch(fang, notYet, "MESSAGE", "SENT_IN_CLIENT");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().get("refusal").asString()).isEqualTo("NOT_DUE");
	}

	@Test
	void withoutAReceiptTimeTheReceiptIsTakenAsTheDeliveryDaysAfterShipping() {
		String no = orderNo("6103");
		Order shipped = paid(no, "tb_ma", on(1, "10:00")).ship(on(2, "18:00"));
		orders.record(List.of(new Order(null, shop.id(), shipped.orderNo(), shipped.buyerId(), OrderStatus.COMPLETED,
				shipped.createdAt(), shipped.paidAt(), shipped.shippedAt(), null, shipped.totalAmount(),
				shipped.paidAmount(), shipped.shippingFee(), null, shipped.receiver(), shipped.items(), List.of(),
				List.of())));

		JsonNode task = awaitOrderTask(boss, "REVIEW_REMINDER", no);

		assertThat(Instant.parse(task.get("dueAt").asString())).as("shipped + 3 delivery days + 2 review days")
			.isEqualTo(on(7, "18:00"));
	}

	@Test
	void aRefundRequestCallsOffAnOpenReviewReminder() {
		String no = orderNo("6104");
		Order completed = paid(no, "tb_zhu", on(1, "10:00")).ship(on(2, "18:00")).complete(on(4, "10:00"));
		orders.record(List.of(completed));
		JsonNode task = awaitOrderTask(fang, "REVIEW_REMINDER", no);

		orders.record(List.of(completed.refund(new Refund("R" + no, new BigDecimal("199.00"),
				Refund.RefundStatus.REQUESTED, "质量问题", at("08:30"), null, null))));

		JsonNode calledOff = awaitStatus(fang, task, "CANCELLED");
		assertThat(calledOff.get("touches")).isEmpty();
		assertThat(touch(fang, task, "MESSAGE", "SENT_IN_CLIENT").status()).isEqualTo(409);
	}

	@Test
	void aClosedRefundCaseIsVisitedTheNextDayByPhoneWithinTheCallWindow() {
		String no = orderNo("6105");
		String old = orderNo("6106");
		Order shipped = paid(no, "tb_gao", on(1, "10:00")).ship(on(2, "18:00"));
		Order oldOne = paid(old, "tb_tang", Instant.parse("2026-10-01T02:00:00Z"))
			.ship(Instant.parse("2026-10-02T10:00:00Z"));
		orders.record(List.of(
				shipped.refund(new Refund("R" + no, new BigDecimal("199.00"), Refund.RefundStatus.REFUNDED, "质量问题",
						on(4, "09:00"), on(6, "09:30"), null)),
				oldOne.refund(new Refund("R" + old, new BigDecimal("199.00"), Refund.RefundStatus.REFUNDED, "",
						Instant.parse("2026-10-05T02:00:00Z"), null, null))));

		JsonNode visit = awaitOrderTask(fang, "AFTER_SALES_VISIT", no);
		assertThat(Instant.parse(visit.get("dueAt").asString())).isEqualTo(on(7, "09:30"));
		assertThat(visit.get("nextChannel").asString()).isEqualTo("PHONE");
		assertThat(visit.get("nextOutcomes").get(0).asString()).as("a call first").isEqualTo("ANSWERED");
		assertThat(as(boss).get("/api/v1/shops/" + shop.id() + "/followups?kind=AFTER_SALES_VISIT").json())
			.as("a case of an order placed more than 30 days ago gets no visit")
			.extracting(task -> task.get("orderNo").asString())
			.containsExactly(no);

		clock.set(at("10:15"));
		JsonNode script = as(fang).get("/api/v1/followups/" + visit.get("id").asLong() + "/script").json();
		assertThat(script.get("call").asBoolean()).isTrue();
		assertThat(script.get("phone").asString()).isEqualTo("13812345678");
		assertThat(script.get("phoneWithheld").asBoolean()).isFalse();
		JsonNode done = as(fang)
			.post("/api/v1/followups/" + visit.get("id").asLong() + "/touches",
					"{\"channel\":\"PHONE\",\"outcome\":\"ANSWERED\",\"note\":\"已解决，满意\"}")
			.json();

		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.get("touches").get(0).get("note").asString()).isEqualTo("已解决，满意");
	}

}
