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
import io.kefu.order.Orders;
import io.kefu.shop.Product;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
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
 * Payment reminders over real HTTP: unpaid orders open their reminders, the agent works
 * the four touches within their windows, a payment settles the reminder and the figures
 * count it, and every caller sees only what their role allows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FollowupTestClock.class)
class FollowupApiIntegrationTests {

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
	Buyers buyers;

	@Autowired
	Orders orders;

	@Autowired
	SettableClock clock;

	@Autowired
	Followups followups;

	Shop shop;

	Agent mei;

	Agent lan;

	Agent boss;

	Agent trainer;

	Product lamp;

	String suffix;

	/** Shop time on 2026-12-07. */
	private static Instant at(String time) {
		return LocalDateTime.parse("2026-12-07T" + time).atZone(SHANGHAI).toInstant();
	}

	@BeforeEach
	void openShop() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		suffix = Long.toString(System.nanoTime());
		shop = fixture.shop("催付店" + suffix);
		mei = fixture.account(shop, "mei" + suffix, Role.PRE_SALES);
		lan = fixture.account(shop, "lan" + suffix, Role.PRE_SALES);
		boss = fixture.account(shop, "boss" + suffix, Role.SUPERVISOR);
		trainer = fixture.account(shop, "peixun" + suffix, Role.TRAINER);
		lamp = fixture.lamp(shop, "视谱 护眼台灯 A1");
		clock.set(at("09:00"));
	}

	@AfterEach
	void resetClock() {
		clock.set(FollowupTestClock.MORNING);
	}

	private Order place(String orderNo, String buyerNick, Instant placedAt) {
		BuyerId buyer = buyers.recognise(shop.id(), buyerNick, placedAt).id();
		Order order = Order.place(shop.id(), OrderNo.of(orderNo), buyer, placedAt,
				List.of(new OrderItem(lamp.id(), null, lamp.title(), "白色 充电款", 1, new BigDecimal("199.00"))),
				BigDecimal.ZERO, new Order.Receiver("林小姐", "13812345678", "浙江省杭州市西湖区文三路 90 号"));
		orders.addAll(List.of(order));
		return orders.findByNo(shop.id(), OrderNo.of(orderNo)).orElseThrow();
	}

	private ApiClient as(Agent agent) {
		return ApiClient.anonymous(port).as(agent.username(), ShopFixture.PASSWORD);
	}

	private String tasksPath() {
		return "/api/v1/shops/" + shop.id() + "/followups";
	}

	private JsonNode awaitTask(Agent reader, String orderNo) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> {
			for (JsonNode task : as(reader).get(tasksPath()).json()) {
				if (orderNo.equals(task.get("orderNo").asString())) {
					return task;
				}
			}
			return null;
		}, task -> task != null);
	}

	private ApiClient.Reply touch(Agent agent, JsonNode task, String channel, String outcome, String extra) {
		return as(agent).post("/api/v1/followups/" + task.get("id").asLong() + "/touches",
				"{\"channel\":\"" + channel + "\",\"outcome\":\"" + outcome + "\"" + extra + "}");
	}

	@Test
	void anUnpaidOrderOpensAReminderDueThirtyMinutesAfterItWasPlaced() {
		place("5001" + suffix.substring(8), "tb_lin", at("08:40"));

		JsonNode task = awaitTask(boss, "5001" + suffix.substring(8));

		assertThat(task.get("kind").asString()).isEqualTo("PAYMENT_REMINDER");
		assertThat(task.get("buyerNick").asString()).isEqualTo("tb_lin");
		assertThat(Instant.parse(task.get("dueAt").asString())).isEqualTo(at("09:10"));
		assertThat(task.get("status").asString()).isEqualTo("OPEN");
		assertThat(task.get("step").asInt()).isZero();
		assertThat(task.get("nextStep").asInt()).isEqualTo(1);
		assertThat(task.get("nextChannel").asString()).isEqualTo("MESSAGE");
		assertThat(task.get("agent").isNull()).as("nobody is credited yet: the group's").isTrue();
		assertThat(task.get("due").asBoolean()).isFalse();
	}

	@Test
	void theFourTouchesRunInOrderWithinTheirWindowsAndAFifthIsRefused() {
		String no = "5002" + suffix.substring(8);
		place(no, "tb_wang", at("08:00"));
		JsonNode task = awaitTask(mei, no);

		clock.set(at("09:40"));
		JsonNode first = touch(mei, task, "MESSAGE", "SENT_IN_CLIENT", "").json();
		assertThat(first.get("step").asInt()).isEqualTo(1);
		assertThat(first.get("agentName").asString()).as("the agent who starts a group's task takes it")
			.isEqualTo(mei.displayName());
		clock.set(at("10:10"));
		assertThat(touch(mei, task, "MESSAGE", "SENT_IN_CLIENT", "").status()).isEqualTo(200);

		clock.set(at("12:00"));
		ApiClient.Reply lunch = touch(mei, task, "PHONE", "ANSWERED", ",\"reason\":\"还在考虑\"");
		assertThat(lunch.status()).isEqualTo(409);
		assertThat(lunch.json().get("refusal").asString()).isEqualTo("OUTSIDE_CALL_WINDOW");

		clock.set(at("14:30"));
		assertThat(touch(mei, task, "PHONE", "ANSWERED", ",\"reason\":\"还在考虑\"").status()).isEqualTo(200);
		JsonNode ended = touch(mei, task, "MESSAGE", "SENT_IN_CLIENT", "").json();
		assertThat(ended.get("status").asString()).isEqualTo("UNPAID");
		assertThat(ended.get("reason").asString()).isEqualTo("还在考虑");
		assertThat(ended.get("touches")).hasSize(4);
		assertThat(ended.get("touches").get(2).get("outcome").asString()).isEqualTo("ANSWERED");

		ApiClient.Reply fifth = touch(mei, task, "MESSAGE", "SENT_IN_CLIENT", "");
		assertThat(fifth.status()).isEqualTo(409);
		assertThat(fifth.json().get("refusal").asString()).isEqualTo("SEQUENCE_ENDED");
	}

	@Test
	void aPaymentAfterTheFirstTouchIsASuccessAndCountsInTheFigures() {
		String no = "5003" + suffix.substring(8);
		Order order = place(no, "tb_zhao", at("08:00"));
		JsonNode task = awaitTask(mei, no);
		clock.set(at("09:40"));
		touch(mei, task, "MESSAGE", "SENT_IN_CLIENT", "");

		orders.record(List.of(order.pay(at("11:00"), new BigDecimal("189.00"))));

		JsonNode paid = await().atMost(Duration.ofSeconds(20))
			.until(() -> as(mei).get("/api/v1/followups/" + task.get("id").asLong()).json(),
					view -> !"OPEN".equals(view.get("status").asString()));
		assertThat(paid.get("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(paid.get("paidAmount").decimalValue()).isEqualByComparingTo("189.00");
		JsonNode figures = as(boss).get(tasksPath() + "/figures?from=2026-12-07&to=2026-12-07").json();
		assertThat(figures).hasSize(1);
		assertThat(figures.get(0).get("agentId").asLong()).isEqualTo(mei.id().value());
		assertThat(figures.get(0).get("reminded").asInt()).isEqualTo(1);
		assertThat(figures.get(0).get("successRate").asDouble()).isEqualTo(1.0);
		assertThat(figures.get(0).get("recoveredAmount").decimalValue()).isEqualByComparingTo("189.00");
		assertThat(as(lan).get(tasksPath() + "/figures?from=2026-12-07&to=2026-12-07").json())
			.as("an agent sees their own figures only")
			.isEmpty();

		ApiClient.Reply late = touch(mei, task, "MESSAGE", "SENT_IN_CLIENT", "");
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.json().get("refusal").asString()).isEqualTo("CLOSED");
	}

	@Test
	void anOrderPaidBeforeAnyTouchClosesItsReminderWithoutSuccess() {
		String no = "5004" + suffix.substring(8);
		Order order = place(no, "tb_qian", at("08:00"));
		JsonNode task = awaitTask(boss, no);

		orders.record(List.of(order.pay(at("08:50"), new BigDecimal("199.00"))));

		JsonNode paid = await().atMost(Duration.ofSeconds(20))
			.until(() -> as(boss).get("/api/v1/followups/" + task.get("id").asLong()).json(),
					view -> !"OPEN".equals(view.get("status").asString()));
		assertThat(paid.get("status").asString()).isEqualTo("PAID");
	}

	@Test
	void anAgentSeesTheirOwnAndTheGroupsTasksButNotAnotherAgents() {
		String meis = "5005" + suffix.substring(8);
		String open = "5006" + suffix.substring(8);
		place(meis, "tb_sun", at("08:00"));
		place(open, "tb_li", at("08:05"));
		JsonNode task = awaitTask(boss, meis);
		awaitTask(boss, open);
		clock.set(at("09:40"));
		touch(mei, task, "MESSAGE", "SENT_IN_CLIENT", "");

		assertThat(as(lan).get(tasksPath()).json()).extracting(node -> node.get("orderNo").asString())
			.containsExactly(open);
		assertThat(as(mei).get(tasksPath()).json()).extracting(node -> node.get("orderNo").asString())
			.containsExactly(meis, open);
		assertThat(as(lan).get("/api/v1/followups/" + task.get("id").asLong()).status()).isEqualTo(403);
		assertThat(touch(lan, task, "MESSAGE", "SENT_IN_CLIENT", "").status()).isEqualTo(403);
		assertThat(as(lan).get(tasksPath() + "?agent=" + mei.id()).status()).isEqualTo(403);
		assertThat(as(trainer).get(tasksPath()).status()).isEqualTo(403);
		assertThat(as(boss).get(tasksPath() + "?agent=" + mei.id()).json()).hasSize(1);
	}

	@Test
	void aSupervisorHandsATaskToAnotherAgent() {
		String no = "5007" + suffix.substring(8);
		place(no, "tb_zhou", at("08:00"));
		JsonNode task = awaitTask(boss, no);
		String path = "/api/v1/followups/" + task.get("id").asLong() + "/agent";

		assertThat(as(mei).put(path, "{\"agent\":" + lan.id() + "}").status()).isEqualTo(403);
		JsonNode handed = as(boss).put(path, "{\"agent\":" + lan.id() + "}").json();

		assertThat(handed.get("agent").asLong()).isEqualTo(lan.id().value());
		assertThat(as(mei).get(tasksPath()).json()).isEmpty();
		assertThat(as(boss).put(path, "{\"agent\":999999999}").status()).isEqualTo(400);
	}

	@Test
	void theScriptOfEachStepIsFilledForTheTaskAndThePhoneShowsOnlyInACallWindow() {
		String no = "5008" + suffix.substring(8);
		place(no, "tb_wu", at("08:00"));
		JsonNode task = awaitTask(mei, no);
		String path = "/api/v1/followups/" + task.get("id").asLong() + "/script";

		JsonNode first = as(mei).get(path).json();
		assertThat(first.get("step").asInt()).isEqualTo(1);
		assertThat(first.get("code").asString()).isEqualTo("cf1");
		assertThat(first.get("text").asString()).contains("视谱 护眼台灯 A1", "护眼无频闪,充电续航");
		clock.set(at("12:00"));
		JsonNode callAtLunch = as(mei).get(path + "?step=3").json();
		assertThat(callAtLunch.get("text").asString()).contains("tb_wu", "催付店" + suffix, "视谱 护眼台灯 A1");
		assertThat(callAtLunch.get("phone").asString()).isEqualTo("138****5678");
		clock.set(at("15:00"));
		assertThat(as(mei).get(path + "?step=3").json().get("phone").asString()).isEqualTo("13812345678");
		assertThat(as(mei).get(path + "?step=1").json().get("phone").asString()).isEqualTo("138****5678");
		assertThat(as(mei).get(path + "?step=5").status()).isEqualTo(400);
	}

	@Test
	void theSettingsAreTheSeedsUntilASupervisorChangesThem() {
		String path = "/api/v1/shops/" + shop.id() + "/settings/followups";
		JsonNode defaults = as(mei).get(path).json();
		assertThat(defaults.get("reminderDelayMinutes").asInt()).isEqualTo(30);
		assertThat(defaults.get("messageWindow").asString()).isEqualTo("09:00-22:00");
		assertThat(defaults.get("callWindows")).extracting(JsonNode::asString)
			.containsExactly("10:00-11:30", "14:30-17:30");

		String changed = """
				{"reminderDelayMinutes":60,"overdueHours":12,"reminderWindowHours":24,"messageWindow":"08:30-21:00",
				 "callWindows":["10:00-11:00"],"reasons":["忘记付款","其他"],"reviewDays":3,"cutOff":"17:00",
				 "gift":"试用装一份"}""";
		assertThat(as(mei).put(path, changed).status()).isEqualTo(403);
		JsonNode saved = as(boss).put(path, changed).json();
		assertThat(saved.get("reminderDelayMinutes").asInt()).isEqualTo(60);
		assertThat(as(mei).get(path).json().get("gift").asString()).isEqualTo("试用装一份");

		assertThat(saved.get("cutOff").asString()).isEqualTo("17:00");
		JsonNode later = as(boss)
			.put(path, changed.replace("\"reviewDays\":3", "\"reviewDays\":3,\"deliveryDays\":5,\"visitDays\":4"))
			.json();
		assertThat(later.get("deliveryDays").asInt()).isEqualTo(5);
		JsonNode older = as(boss).put(path, changed).json();
		assertThat(older.get("deliveryDays").asInt()).as("a client that leaves them out keeps them").isEqualTo(5);
		assertThat(older.get("visitDays").asInt()).isEqualTo(4);

		ApiClient.Reply backwards = as(boss).put(path, changed.replace("08:30-21:00", "21:00-08:30"));
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.body()).contains("messageWindowInOrder");
		ApiClient.Reply malformed = as(boss).put(path, changed.replace("\"10:00-11:00\"", "\"ten to eleven\""));
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.body()).contains("callWindows[0]");
	}

	@Test
	void unknownAndMalformedRequestsAreRefusedPlainly() {
		assertThat(as(boss).get("/api/v1/followups/0").status()).isEqualTo(404);
		assertThat(as(boss).get("/api/v1/followups/999999999").status()).isEqualTo(404);
		assertThat(as(boss).get(tasksPath() + "?kind=NOPE").status()).isEqualTo(400);
		assertThat(as(boss).get(tasksPath() + "?day=-999999999-01-01").status()).isEqualTo(400);
		assertThat(as(boss).get(tasksPath() + "/figures?from=2026-12-01&to=%2B999999999-12-31").status())
			.isEqualTo(400);
		String no = "5009" + suffix.substring(8);
		place(no, "tb_zheng", at("08:00"));
		JsonNode task = awaitTask(boss, no);
		clock.set(at("09:40"));
		assertThat(touch(mei, task, "MESSAGE", "NOPE", "").status()).isEqualTo(400);
		assertThat(touch(mei, task, "PHONE", "ANSWERED", "").json().get("refusal").asString())
			.isEqualTo("WRONG_CHANNEL");
		ApiClient.Reply unreachable = touch(mei, task, "MESSAGE", "SENT", "");
		assertThat(unreachable.status()).isEqualTo(409);
		assertThat(unreachable.json().get("refusal").asString()).isEqualTo("NOT_REACHABLE");
		assertThat(as(mei).get("/api/v1/followups/" + task.get("id").asLong()).json().get("step").asInt()).isZero();
	}

	@Test
	void anInquiryWithoutAnOrderIsFollowedUpOnceAndAnOrderClosesAnother() {
		Instant asked = LocalDateTime.parse("2026-12-06T15:00").atZone(SHANGHAI).toInstant();
		BuyerId wavering = buyers.recognise(shop.id(), "tb_xiang", asked).id();
		BuyerId returning = buyers.recognise(shop.id(), "tb_hui", asked).id();
		java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 6);
		List<InquiryLead> leads = List.of(new InquiryLead(wavering, mei.id(), day, asked),
				new InquiryLead(returning, mei.id(), day, asked.plusSeconds(600)));
		assertThat(followups.openInquiries(shop.id(), leads)).isEqualTo(2);
		assertThat(followups.openInquiries(shop.id(), leads)).as("once per buyer and day").isZero();

		JsonNode list = as(mei).get(tasksPath() + "?kind=INQUIRY").json();
		assertThat(list).extracting(node -> node.get("buyerNick").asString()).containsExactly("tb_xiang", "tb_hui");
		JsonNode first = list.get(0);
		assertThat(Instant.parse(first.get("dueAt").asString())).isEqualTo(at("00:00"));
		JsonNode script = as(mei).get("/api/v1/followups/" + first.get("id").asLong() + "/script").json();
		assertThat(script.get("title").asString()).isEqualTo("询单未下单 旺旺留言");
		assertThat(script.get("text").asString()).startsWith("亲亲,您看下是不是还有其他不清楚的地方哦");
		clock.set(at("09:40"));
		JsonNode done = touch(mei, first, "MESSAGE", "SENT_IN_CLIENT", ",\"reason\":\"还在考虑\"").json();
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(touch(mei, first, "MESSAGE", "SENT_IN_CLIENT", "").json().get("refusal").asString())
			.isEqualTo("SEQUENCE_ENDED");

		orders.addAll(List.of(Order.place(shop.id(), OrderNo.of("5010" + suffix.substring(8)), returning, at("09:00"),
				List.of(new OrderItem(lamp.id(), null, lamp.title(), "白色 充电款", 1, new BigDecimal("199.00"))),
				BigDecimal.ZERO, null)));
		long other = list.get(1).get("id").asLong();
		JsonNode ordered = await().atMost(Duration.ofSeconds(20))
			.until(() -> as(mei).get("/api/v1/followups/" + other).json(),
					view -> !"OPEN".equals(view.get("status").asString()));
		assertThat(ordered.get("status").asString()).isEqualTo("ORDERED");
	}

	@Test
	void secondMarketingListsPastBuyersBySegment() {
		BuyerId loyal = buyers.recognise(shop.id(), "tb_laoke", at("08:00")).id();
		BuyerId lapsed = buyers.recognise(shop.id(), "tb_jiuke", at("08:00")).id();
		BuyerId unpaid = buyers.recognise(shop.id(), "tb_weifu", at("08:00")).id();
		String prefix = "51" + suffix.substring(8);
		paid(prefix + "1", loyal, at("08:00").minus(Duration.ofDays(10)), true);
		paid(prefix + "2", loyal, at("08:00").minus(Duration.ofDays(2)), false);
		paid(prefix + "3", lapsed, at("08:00").minus(Duration.ofDays(40)), false);
		orders.addAll(List.of(Order.place(shop.id(), OrderNo.of(prefix + "4"), unpaid, at("08:00"),
				List.of(new OrderItem(lamp.id(), null, lamp.title(), "白色", 1, new BigDecimal("199.00"))),
				BigDecimal.ZERO, null)));
		String path = "/api/v1/shops/" + shop.id() + "/followups/marketing";

		assertThat(as(mei).get(path).json()).extracting(node -> node.get("buyerNick").asString())
			.containsExactly("tb_laoke", "tb_jiuke");
		JsonNode twice = as(mei).get(path + "?minOrders=2").json();
		assertThat(twice).extracting(node -> node.get("buyerNick").asString()).containsExactly("tb_laoke");
		assertThat(twice.get(0).get("paidOrders").asInt()).isEqualTo(2);
		assertThat(twice.get(0).get("paidAmount").decimalValue()).isEqualByComparingTo("398.00");
		assertThat(as(mei).get(path + "?inactiveDays=30").json()).extracting(node -> node.get("buyerNick").asString())
			.containsExactly("tb_jiuke");
		assertThat(as(mei).get(path + "?product=" + lamp.id()).json())
			.extracting(node -> node.get("buyerNick").asString())
			.containsExactly("tb_laoke");
		assertThat(as(mei).get(path + "?minOrders=0").status()).isEqualTo(400);
		assertThat(as(mei).get(path + "?product=999999999").status()).isEqualTo(400);
		assertThat(as(trainer).get(path).status()).isEqualTo(403);
	}

	private void paid(String orderNo, BuyerId buyer, Instant placed, boolean lampOrder) {
		OrderItem item = lampOrder ? new OrderItem(lamp.id(), null, lamp.title(), "白色", 1, new BigDecimal("199.00"))
				: new OrderItem(null, null, "台灯收纳袋", "灰色", 1, new BigDecimal("199.00"));
		Order order = Order.place(shop.id(), OrderNo.of(orderNo), buyer, placed, List.of(item), BigDecimal.ZERO, null);
		orders.addAll(List.of(order.pay(placed.plusSeconds(60), new BigDecimal("199.00"))));
	}

	@Test
	void theDailyStartReadsAsTheAgentSeesIt() {
		String no = "5201" + suffix.substring(8);
		place(no, "tb_kaigong", at("08:00").minus(Duration.ofDays(1)));
		awaitTask(mei, no);
		clock.set(at("10:00"));

		JsonNode today = as(mei).get("/api/v1/shops/" + shop.id() + "/today").json();

		assertThat(today.get("today").asString()).isEqualTo("2026-12-07");
		assertThat(today.get("abnormalOrders")).extracting(node -> node.get("orderNo").asString()).containsExactly(no);
		assertThat(today.get("abnormalOrders").get(0).get("abnormalities").get(0).asString()).isEqualTo("UNPAID");
		assertThat(today.get("unpaid").get("orders").asInt()).isEqualTo(1);
		assertThat(today.get("dueNow")).extracting(node -> node.get("orderNo").asString()).containsExactly(no);
		assertThat(today.get("dueNow").get(0).get("overdue").asBoolean()).isTrue();
		assertThat(as(trainer).get("/api/v1/shops/" + shop.id() + "/today").status()).isEqualTo(403);
	}

}
