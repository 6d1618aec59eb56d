package io.kefu.reception;

import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.kefu.access.Role;
import io.kefu.analytics.Figures;
import io.kefu.customer.BuyerId;
import io.kefu.order.Order;
import io.kefu.order.OrderItem;
import io.kefu.order.OrderNo;
import io.kefu.order.Orders;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
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

import static io.kefu.reception.ChatScene.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Live chat over real HTTP against the running application and a real PostgreSQL: the
 * buyer's token, routing, auto-replies, replies, reading what was missed, transfers,
 * closing, offline messages, throttling and who may do what.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "kefu.chat.secret=" + LiveChatApiIntegrationTests.SECRET)
class LiveChatApiIntegrationTests {

	static final String SECRET = "integration-test-chat-secret";

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	@Autowired
	Messages messages;

	@Autowired
	Orders orders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Figures figures;

	ApiClient api;

	ChatScene scene;

	@BeforeEach
	void openShop() {
		api = ApiClient.anonymous(port);
		scene = new ChatScene(shops, staff, api);
	}

	@Test
	void aBuyersMessageIsRoutedToTheOnlineAgentWhoseRepliesTheBuyerFetchesExactlyOnce() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		mei.presence(Presence.ONLINE);
		ChatScene.BuyerSide buyer = scene.buyer("小王");

		JsonNode first = buyer.sent("c1", "在吗？这款台灯有货吗");

		assertThat(buyer.nick()).startsWith("小王·");
		assertThat(first.get("seq").asInt()).isEqualTo(1);
		assertThat(first.get("direction").asString()).isEqualTo("IN");
		assertThat(first.get("clientId").asString()).isEqualTo("c1");
		long conversationId = first.get("conversationId").asLong();
		JsonNode mine = mei.onlyConversation();
		assertThat(mine.get("id").asLong()).isEqualTo(conversationId);
		assertThat(mine.get("status").asString()).isEqualTo("WAITING");
		assertThat(mine.get("buyerNick").asString()).isEqualTo(buyer.nick());
		assertThat(mine.get("buyerWaitingSince").isNull()).isFalse();

		JsonNode start = buyer.after(0);
		assertThat(start.get("messages")).extracting(m -> m.get("seq").asInt()).containsExactly(1, 2);
		JsonNode welcome = start.get("messages").get(1);
		assertThat(welcome.get("kind").asString()).isEqualTo("AUTO_REPLY");
		assertThat(welcome.get("content").asString()).isEqualTo(ChatSettings.DEFAULTS.welcomeText());
		assertThat(welcome.get("agentName").asString()).isEqualTo("小美");
		assertThat(start.get("conversation").get("agentName").asString()).isEqualTo("小美");

		assertThat(mei.reply(conversationId, "a1", "亲，有货的哦").status()).isEqualTo(200);
		assertThat(mei.reply(conversationId, "a2", "今天下单明天发顺丰").status()).isEqualTo(200);

		JsonNode missed = buyer.after(2);
		assertThat(missed.get("messages")).extracting(m -> m.get("seq").asInt()).containsExactly(3, 4);
		assertThat(missed.get("messages")).extracting(m -> m.get("content").asString())
			.containsExactly("亲，有货的哦", "今天下单明天发顺丰");
		assertThat(missed.get("conversation").get("status").asString()).isEqualTo("ACTIVE");
		assertThat(buyer.after(4).get("messages")).isEmpty();
		assertThat(mei.onlyConversation().get("buyerWaitingSince").isNull()).isTrue();
	}

	@Test
	void liveMessagesAreStoredInTheThreadAndQueueTheirDaysForTheFigures() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		mei.presence(Presence.ONLINE);
		ChatScene.BuyerSide buyer = scene.buyer(null);
		long conversationId = buyer.sent("c1", "你好").get("conversationId").asLong();
		mei.reply(conversationId, "a1", "您好，欢迎光临");

		List<Message> thread = messages.thread(ShopId.of(scene.shopId), BuyerId.of(buyer.buyerId()));

		assertThat(thread).extracting(Message::direction, Message::kind)
			.containsExactly(tuple(Direction.IN, MessageKind.TEXT), tuple(Direction.OUT, MessageKind.AUTO_REPLY),
					tuple(Direction.OUT, MessageKind.TEXT));
		assertThat(thread.get(2).agentId()).isEqualTo(AgentId.of(mei.id()));
		// the three messages touch the same day, which is queued once until the figures
		// read
		// the queue
		assertThat(jdbc.sql("select count(*) from figure_pending where shop_id = ?")
			.param(scene.shopId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void sendingAgainWithTheSameClientIdStoresNothingTwice() {
		scene.preSales("小美").presence(Presence.ONLINE);
		ChatScene.BuyerSide buyer = scene.buyer(null);

		JsonNode first = buyer.sent("retry-1", "请问包邮吗");
		JsonNode again = buyer.sent("retry-1", "请问包邮吗");
		buyer.sent("retry-2", "发什么快递");
		JsonNode third = buyer.sent("retry-1", "请问包邮吗");

		assertThat(again.get("id").asLong()).isEqualTo(first.get("id").asLong());
		assertThat(third.get("seq").asInt()).isEqualTo(first.get("seq").asInt());
		assertThat(messages.thread(ShopId.of(scene.shopId), BuyerId.of(buyer.buyerId())))
			.filteredOn(m -> m.direction() == Direction.IN)
			.extracting(Message::content)
			.containsExactly("请问包邮吗", "发什么快递");
		assertThat(buyer.after(0).get("messages")).extracting(m -> m.get("seq").asInt()).containsExactly(1, 2, 3);
	}

	@Test
	void aForgedExpiredOrMissingTokenIsUnauthorized() {
		ChatScene.BuyerSide buyer = scene.buyer(null);
		String forged = buyer.token().replace("." + buyer.buyerId() + ".", "." + (buyer.buyerId() + 1) + ".");
		String expired = sign("v1." + scene.shopId + "." + buyer.buyerId() + ".visitor0001."
				+ Instant.now().minusSeconds(60).getEpochSecond());

		for (ApiClient client : List.of(api.bearer(forged), api.bearer(expired), api, api.bearer("nonsense"))) {
			ApiClient.Reply reply = client.get("/api/v1/visitor/messages?after=0");
			assertThat(reply.status()).isEqualTo(401);
			assertThat(reply.contentType()).startsWith("application/problem+json");
		}
		assertThat(api.bearer(expired).get("/api/v1/visitor/messages").json().get("detail").asString())
			.contains("expired");
		assertThat(api
			.bearer(sign("v1." + scene.shopId + "." + buyer.buyerId() + ".visitor0001."
					+ Instant.now().plusSeconds(600).getEpochSecond()))
			.get("/api/v1/visitor/messages")
			.status()).as("a token signed with the configured secret").isEqualTo(200);
	}

	@Test
	void aBuyerSendingFasterThanFiveASecondIsThrottledAndNothingAcceptedIsLost() {
		scene.preSales("小美").presence(Presence.ONLINE);
		ChatScene.BuyerSide buyer = scene.buyer(null);
		// the warm-up may still count in the burst's second: that only throttles it
		// sooner
		buyer.sent("warm-up", "你好");

		List<String> accepted = new ArrayList<>();
		List<ApiClient.Reply> throttled = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			ApiClient.Reply reply = buyer.send("burst-" + i, "第" + i + "条");
			if (reply.status() == 200) {
				accepted.add("第" + i + "条");
			}
			else {
				throttled.add(reply);
			}
		}

		assertThat(throttled).isNotEmpty().allSatisfy(reply -> {
			assertThat(reply.status()).isEqualTo(429);
			assertThat(reply.json().get("code").asString()).isEqualTo("THROTTLED");
			assertThat(reply.json().get("detail").asString()).contains("5 messages a second");
		});
		assertThat(messages.thread(ShopId.of(scene.shopId), BuyerId.of(buyer.buyerId())))
			.filteredOn(m -> m.direction() == Direction.IN)
			.extracting(Message::content)
			.containsExactlyElementsOf(concat("你好", accepted));
	}

	@Test
	void anOversizedMessageIsRefusedNamingTheFieldAndMarkupStaysText() {
		ChatScene.BuyerSide buyer = scene.buyer(null);

		ApiClient.Reply tooLong = buyer.send("long", "灯".repeat(2001));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("content");

		String markup = "<script>alert('x')</script><img src=x onerror=alert(1)>";
		JsonNode stored = buyer.sent("html", markup);
		assertThat(stored.get("content").asString()).isEqualTo(markup);
		assertThat(buyer.after(0).get("messages").get(0).get("content").asString()).isEqualTo(markup);
		assertThat(messages.thread(ShopId.of(scene.shopId), BuyerId.of(buyer.buyerId())))
			.filteredOn(m -> m.direction() == Direction.IN)
			.extracting(Message::content)
			.containsExactly(markup);
	}

	@Test
	void withNobodyOnlineTheBuyerHearsTheAwayReplyAndLeavesAMessageForTheNextAgent() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		ChatScene.BuyerSide buyer = scene.buyer(null);
		buyer.sent("c1", "请问有优惠吗");

		JsonNode waiting = buyer.after(0);
		assertThat(waiting.get("messages").get(1).get("content").asString())
			.isEqualTo(ChatSettings.DEFAULTS.awayText());
		assertThat(waiting.get("conversation").get("nobodyAtDesk").asBoolean()).isTrue();

		ApiClient.Reply left = buyer.api()
			.post("/api/v1/visitor/offline-messages", json(Map.of("content", "想买两盏，能便宜吗", "contact", "13800138000")));
		assertThat(left.status()).as(left.body()).isEqualTo(201);
		assertThat(buyer.after(0).get("conversation").get("status").asString()).isEqualTo("CLOSED");

		mei.presence(Presence.ONLINE);
		JsonNode listed = mei.api().get("/api/v1/agent/offline-messages").json();
		assertThat(listed).singleElement().satisfies(message -> {
			assertThat(message.get("content").asString()).isEqualTo("想买两盏，能便宜吗");
			assertThat(message.get("contact").asString()).isEqualTo("13800138000");
			assertThat(message.get("buyerNick").asString()).isEqualTo(buyer.nick());
		});
		assertThat(mei.conversations("MINE")).as("a buyer who left a message is not in the queue").isEmpty();

		long id = listed.get(0).get("id").asLong();
		assertThat(mei.post("/api/v1/agent/offline-messages/" + id + "/handled", "{}").status()).isEqualTo(200);
		assertThat(mei.api().get("/api/v1/agent/offline-messages").json()).isEmpty();
		assertThat(mei.post("/api/v1/agent/offline-messages/" + id + "/handled", "{}").status()).isEqualTo(409);
	}

	@Test
	void whenEveryAgentIsFullTheBuyerHearsTheBusyReplyWithTheirPlaceAndIsServedWhenASlotFrees() {
		ChatScene.AgentSide boss = scene.supervisor("王主管");
		ChatScene.AgentSide mei = scene.preSales("小美");
		assertThat(boss.api().put("/api/v1/shops/" + scene.shopId + "/settings/chat", settings(1, 15)).status())
			.isEqualTo(200);
		mei.presence(Presence.ONLINE);
		ChatScene.BuyerSide first = scene.buyer(null);
		long firstConversation = first.sent("c1", "在吗").get("conversationId").asLong();
		ChatScene.BuyerSide second = scene.buyer(null);
		ChatScene.BuyerSide third = scene.buyer(null);
		second.sent("c1", "有人吗");
		third.sent("c1", "我也想问");

		JsonNode busy = second.after(0);
		assertThat(busy.get("messages").get(1).get("content").asString()).isEqualTo(ChatSettings.DEFAULTS.busyText());
		assertThat(busy.get("conversation").get("queuePosition").asInt()).isEqualTo(1);
		assertThat(busy.get("conversation").get("nobodyAtDesk").asBoolean()).isFalse();
		assertThat(third.after(0).get("conversation").get("queuePosition").asInt()).isEqualTo(2);
		JsonNode live = boss.api().get("/api/v1/shops/" + scene.shopId + "/live").json();
		assertThat(live.get("queue")).extracting(q -> q.get("buyerId").asLong())
			.containsExactly(second.buyerId(), third.buyerId());
		assertThat(live.get("longestWaitSeconds").asLong()).isGreaterThanOrEqualTo(0);
		assertThat(live.get("agents")).singleElement().satisfies(seat -> {
			assertThat(seat.get("presence").asString()).isEqualTo("ONLINE");
			assertThat(seat.get("load").asInt()).isEqualTo(1);
			assertThat(seat.get("cap").asInt()).isEqualTo(1);
		});

		assertThat(mei.post("/api/v1/agent/conversations/" + firstConversation + "/close", "{}").status())
			.isEqualTo(200);

		JsonNode served = second.after(2);
		assertThat(served.get("conversation").get("agentId").asLong()).isEqualTo(mei.id());
		assertThat(served.get("messages")).extracting(m -> m.get("kind").asString()).containsExactly("AUTO_REPLY");
		assertThat(third.after(0).get("conversation").get("queuePosition").asInt()).isEqualTo(1);
		assertThat(first.after(0).get("messages")).last()
			.satisfies(m -> assertThat(m.get("kind").asString()).isEqualTo("SYSTEM"));
	}

	@Test
	void aReturningBuyerGoesBackToTheAgentWhoServedThemLastEvenWhenAnotherIsLessLoaded() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		ChatScene.AgentSide yu = scene.preSales("小雨");
		mei.presence(Presence.ONLINE);
		ChatScene.BuyerSide buyer = scene.buyer(null);
		long first = buyer.sent("c1", "这款有白色吗").get("conversationId").asLong();
		mei.reply(first, "a1", "有的亲");
		mei.post("/api/v1/agent/conversations/" + first + "/close", "{}");
		scene.buyer(null).sent("c1", "另一个买家");
		yu.presence(Presence.ONLINE);

		JsonNode again = buyer.sent("c2", "我又来了");

		assertThat(again.get("conversationId").asLong()).isNotEqualTo(first);
		assertThat(again.get("seq").asInt()).isEqualTo(1);
		assertThat(buyer.after(0).get("conversation").get("agentId").asLong()).isEqualTo(mei.id());
		assertThat(yu.conversations("MINE")).isEmpty();
	}

	@Test
	void anAgentTransfersToAGroupWithAHandoverNoteAndTheNextAgentReadsIt() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		ChatScene.AgentSide jie = scene.afterSales("阿杰");
		mei.presence(Presence.ONLINE);
		ChatScene.BuyerSide buyer = scene.buyer(null);
		long id = buyer.sent("c1", "灯收到了但是灯罩裂了").get("conversationId").asLong();
		mei.reply(id, "a1", "亲，非常抱歉，我帮您转售后");

		ApiClient.Reply noNote = mei.post("/api/v1/agent/conversations/" + id + "/transfer",
				"{\"toSkillGroup\": \"AFTER_SALES\", \"note\": \" \"}");
		assertThat(noNote.status()).isEqualTo(400);
		assertThat(noNote.json().get("errors").get(0).get("field").asString()).isEqualTo("note");

		ApiClient.Reply moved = mei.post("/api/v1/agent/conversations/" + id + "/transfer",
				"{\"toSkillGroup\": \"AFTER_SALES\", \"note\": \"灯罩破损，订单已核实，请安排补发\"}");
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().get("skillGroup").asString()).isEqualTo("AFTER_SALES");
		assertThat(moved.json().get("agentId").isNull()).isTrue();
		assertThat(mei.conversations("MINE")).isEmpty();

		jie.presence(Presence.ONLINE);
		JsonNode taken = jie.onlyConversation();
		assertThat(taken.get("id").asLong()).isEqualTo(id);
		assertThat(taken.get("handovers")).singleElement().satisfies(handover -> {
			assertThat(handover.get("note").asString()).isEqualTo("灯罩破损，订单已核实，请安排补发");
			assertThat(handover.get("fromAgentName").asString()).isEqualTo("小美");
			assertThat(handover.get("toSkillGroup").asString()).isEqualTo("AFTER_SALES");
		});
		assertThat(buyer.after(0).get("messages")).filteredOn(m -> m.get("kind").asString().equals("SYSTEM"))
			.extracting(m -> m.get("content").asString())
			.containsExactly("已为您转接到售后客服，请稍候。");
		assertThat(jie.reply(id, "j1", "亲，我是售后阿杰").status()).isEqualTo(200);
	}

	@Test
	void anAgentTransfersToAnOnlineColleagueButNotToOneWhoIsAway() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		ChatScene.AgentSide yu = scene.preSales("小雨");
		mei.presence(Presence.ONLINE);
		long id = scene.buyer(null).sent("c1", "在吗").get("conversationId").asLong();

		ApiClient.Reply refused = mei.post("/api/v1/agent/conversations/" + id + "/transfer",
				json(Map.of("toAgentId", yu.id(), "note", "交给小雨")));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("小雨");

		yu.presence(Presence.ONLINE);
		JsonNode seats = mei.api().get("/api/v1/shops/" + scene.shopId + "/seats").json();
		assertThat(seats)
			.extracting(seat -> seat.get("displayName").asString(), seat -> seat.get("presence").asString())
			.containsExactlyInAnyOrder(tuple("小美", "ONLINE"), tuple("小雨", "ONLINE"));
		ApiClient.Reply moved = mei.post("/api/v1/agent/conversations/" + id + "/transfer",
				json(Map.of("toAgentId", yu.id(), "note", "买家想了解落地灯，小雨熟悉")));
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().get("agentId").asLong()).isEqualTo(yu.id());
		assertThat(yu.onlyConversation().get("handovers").get(0).get("toAgentName").asString()).isEqualTo("小雨");
		assertThat(mei.reply(id, "a1", "还在吗").status()).as("no longer hers").isEqualTo(409);
	}

	@Test
	void goingAwayHandsUnansweredBuyersBackToTheQueueAndKeepsAnsweredOnes() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		ChatScene.AgentSide yu = scene.preSales("小雨");
		mei.presence(Presence.ONLINE);
		long answered = scene.buyer(null).sent("c1", "第一位").get("conversationId").asLong();
		mei.reply(answered, "a1", "您好");
		long unanswered = scene.buyer(null).sent("c1", "第二位").get("conversationId").asLong();

		JsonNode seat = mei.presence(Presence.AWAY);

		assertThat(seat.get("presence").asString()).isEqualTo("AWAY");
		assertThat(mei.onlyConversation().get("id").asLong()).isEqualTo(answered);
		JsonNode queued = mei.conversations("WAITING");
		assertThat(queued).singleElement().satisfies(c -> assertThat(c.get("id").asLong()).isEqualTo(unanswered));

		yu.presence(Presence.ONLINE);
		assertThat(yu.onlyConversation().get("id").asLong()).isEqualTo(unanswered);
		assertThat(mei.conversations("WAITING")).isEmpty();
	}

	@Test
	void goingOfflineHandsBackEveryOpenConversation() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		mei.presence(Presence.ONLINE);
		long answered = scene.buyer(null).sent("c1", "在吗").get("conversationId").asLong();
		mei.reply(answered, "a1", "在的");

		mei.presence(Presence.OFFLINE);

		assertThat(mei.conversations("MINE")).isEmpty();
		assertThat(mei.conversations("WAITING")).extracting(c -> c.get("id").asLong()).containsExactly(answered);
	}

	@Test
	void aBuyerWhoChoosesAfterSalesOrHasAShippedOrderGoesToAfterSales() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		ChatScene.AgentSide jie = scene.afterSales("阿杰");
		mei.presence(Presence.ONLINE);
		jie.presence(Presence.ONLINE);

		ChatScene.BuyerSide chose = scene.buyer(null);
		assertThat(chose.send("c1", "我要退货", SkillGroup.AFTER_SALES).status()).isEqualTo(200);
		ChatScene.BuyerSide shipped = scene.buyer(null);
		Instant paid = Instant.now().minusSeconds(3 * 86_400);
		orders.addAll(List.of(Order.place(ShopId.of(scene.shopId), OrderNo.of("T" + System.nanoTime()),
				BuyerId.of(shipped.buyerId()), paid.minusSeconds(60),
				List.of(new OrderItem(null, null, "护眼台灯", "白色", 1, new BigDecimal("199.00"))), BigDecimal.ZERO, null)
			.pay(paid, new BigDecimal("199.00"))
			.ship(paid.plusSeconds(3600))));
		shipped.sent("c1", "快递到哪了");
		scene.buyer(null).sent("c1", "想买台灯");

		assertThat(jie.conversations("MINE")).extracting(c -> c.get("buyerId").asLong())
			.containsExactlyInAnyOrder(chose.buyerId(), shipped.buyerId());
		assertThat(mei.conversations("MINE")).hasSize(1);
	}

	@Test
	void aNewlyCertifiedAfterSalesAgentTakesTenBuyersOnTheirFirstDayAndTheEleventhWaits() {
		ChatScene.AgentSide novice = scene.newlyCertifiedAfterSales("阿宁", LocalDate.now(ZoneId.of("Asia/Shanghai")));
		ChatScene.AgentSide boss = scene.supervisor("王主管");
		boss.api().put("/api/v1/shops/" + scene.shopId + "/settings/chat", settings(20, 15));
		novice.presence(Presence.ONLINE);

		List<ChatScene.BuyerSide> buyers = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			ChatScene.BuyerSide buyer = scene.buyer(null);
			buyer.send("c1", "售后问题" + i, SkillGroup.AFTER_SALES);
			buyers.add(buyer);
		}

		assertThat(novice.conversations("MINE")).hasSize(10);
		JsonNode eleventh = buyers.get(10).after(0).get("conversation");
		assertThat(eleventh.get("queuePosition").asInt()).isEqualTo(1);
		JsonNode seat = novice.api().get("/api/v1/agent/presence").json();
		assertThat(seat.get("buyersToday").asInt()).isEqualTo(10);
		assertThat(seat.get("dailyLimit").asInt()).isEqualTo(10);
	}

	@Test
	void aSupervisorReadsAnyConversationOfTheShopAndTakesItOver() {
		ChatScene.AgentSide boss = scene.supervisor("王主管");
		ChatScene.AgentSide mei = scene.preSales("小美");
		mei.presence(Presence.ONLINE);
		ChatScene.BuyerSide buyer = scene.buyer(null);
		long id = buyer.sent("c1", "我要投诉").get("conversationId").asLong();

		assertThat(boss.api().get("/api/v1/agent/conversations/" + id + "/messages?after=0").json()).hasSize(2);
		assertThat(boss.reply(id, "b1", "我是主管").status()).as("read-only until taken over").isEqualTo(409);

		ApiClient.Reply taken = boss.post("/api/v1/agent/conversations/" + id + "/take-over",
				"{\"note\": \"投诉，主管处理\"}");
		assertThat(taken.status()).as(taken.body()).isEqualTo(200);
		assertThat(taken.json().get("agentId").asLong()).isEqualTo(boss.id());
		assertThat(boss.reply(id, "b1", "亲，我是客服主管，您的问题我来处理").status()).isEqualTo(200);
		assertThat(mei.conversations("MINE")).isEmpty();
		assertThat(buyer.after(2).get("messages").get(0).get("agentName").asString()).isEqualTo("王主管");
	}

	@Test
	void everyEndpointChecksTheRoleAndTheShop() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		ChatScene.AgentSide clerk = scene.person("丹丹", Role.ORDER_CLERK);
		mei.presence(Presence.ONLINE);
		ChatScene.BuyerSide buyer = scene.buyer(null);
		long id = buyer.sent("c1", "在吗").get("conversationId").asLong();
		ChatScene other = new ChatScene(shops, staff, api);
		ChatScene.AgentSide stranger = other.supervisor("别家主管");

		assertThat(stranger.api().get("/api/v1/agent/conversations/" + id).status()).isEqualTo(404);
		assertThat(stranger.reply(id, "x", "你好").status()).isEqualTo(404);
		assertThat(stranger.api().get("/api/v1/shops/" + scene.shopId + "/live").status()).isEqualTo(403);
		assertThat(clerk.api().get("/api/v1/agent/conversations/" + id + "/messages").status()).isEqualTo(403);
		assertThat(clerk.reply(id, "x", "你好").status()).isEqualTo(403);
		assertThat(mei.api().get("/api/v1/shops/" + scene.shopId + "/live").status()).isEqualTo(403);
		assertThat(mei.api().put("/api/v1/shops/" + scene.shopId + "/settings/chat", settings(3, 15)).status())
			.isEqualTo(403);
		assertThat(mei.api().get("/api/v1/shops/" + scene.shopId + "/settings/chat").status()).isEqualTo(200);
		assertThat(mei.post("/api/v1/agent/conversations/" + id + "/take-over", "{}").status()).isEqualTo(403);
		assertThat(buyer.api().get("/api/v1/agent/conversations").status()).as("a visitor token is no login")
			.isEqualTo(401);
		assertThat(api.get("/api/v1/agent/conversations").status()).isEqualTo(401);
		ChatScene.BuyerSide otherBuyer = scene.buyer(null);
		assertThat(otherBuyer.api().get("/api/v1/visitor/messages?conversationId=" + id).status()).isEqualTo(404);
	}

	@Test
	void theSupervisorChangesTheAutoRepliesAndABadSettingNamesItsField() {
		ChatScene.AgentSide boss = scene.supervisor("王主管");
		String changed = json(Map.of("welcomeText", "亲，欢迎光临视谱台灯旗舰店", "awayText", "亲，客服下班啦，请留言", "busyText",
				"亲，咨询的人较多，请稍候", "concurrencyCap", 4, "afterSalesWindowDays", 10));

		ApiClient.Reply saved = boss.api().put("/api/v1/shops/" + scene.shopId + "/settings/chat", changed);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		ChatScene.BuyerSide buyer = scene.buyer(null);
		buyer.sent("c1", "在吗");
		assertThat(buyer.after(0).get("messages").get(1).get("content").asString()).isEqualTo("亲，客服下班啦，请留言");

		ApiClient.Reply bad = boss.api()
			.put("/api/v1/shops/" + scene.shopId + "/settings/chat", json(Map.of("welcomeText", "", "awayText", "a",
					"busyText", "b", "concurrencyCap", 4, "afterSalesWindowDays", 10)));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("welcomeText");
		ApiClient.Reply badCap = boss.api().put("/api/v1/shops/" + scene.shopId + "/settings/chat", settings(0, 10));
		assertThat(badCap.json().get("errors").get(0).get("field").asString()).isEqualTo("concurrencyCap");
	}

	@Test
	void signingOutOfThePagesSetsTheAgentOfflineAndHandsTheirBuyersBack() throws Exception {
		ChatScene.AgentSide mei = scene.preSales("小美");
		mei.presence(Presence.ONLINE);
		long id = scene.buyer(null).sent("c1", "在吗").get("conversationId").asLong();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String username = staff.find(AgentId.of(mei.id())).orElseThrow().username();

		form(browser, "/login",
				"username=" + encode(username) + "&password=" + ShopFixture.PASSWORD + "&_csrf=" + csrf(browser));
		HttpResponse<String> out = form(browser, "/logout", "_csrf=" + csrf(browser));

		assertThat(out.headers().firstValue("Location").orElse("")).as(out.statusCode() + " " + out.body())
			.endsWith("/login?logout");
		assertThat(mei.api().get("/api/v1/agent/presence").json().get("presence").asString()).isEqualTo("OFFLINE");
		assertThat(mei.conversations("WAITING")).extracting(c -> c.get("id").asLong()).containsExactly(id);
	}

	String csrf(HttpClient browser) throws Exception {
		String page = browser
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).as(page).isTrue();
		return token.group(1);
	}

	HttpResponse<String> form(HttpClient browser, String path, String body) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Test
	void theChatPageAndTheEmbedScriptAreOpenToAnyone() {
		ApiClient.Reply page = api.get("/chat/" + scene.shopId);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(scene.shop.name()).contains("售前咨询").contains("stomp.umd.min.js");

		ApiClient.Reply embed = api.get("/chat/embed.js");
		assertThat(embed.status()).isEqualTo(200);
		assertThat(embed.contentType()).startsWith("text/javascript");
		assertThat(embed.body()).contains("\"在线客服\"").doesNotContain("__LABEL__");
		assertThat(api.get("/chat/embed.js?lang=en").body()).contains("\"Chat with us\"");
		assertThat(api.get("/chat/999999").status()).isEqualTo(404);
	}

	static String settings(int cap, int windowDays) {
		ChatSettings d = ChatSettings.DEFAULTS;
		return json(Map.of("welcomeText", d.welcomeText(), "awayText", d.awayText(), "busyText", d.busyText(),
				"concurrencyCap", cap, "afterSalesWindowDays", windowDays));
	}

	static String sign(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return payload + "."
					+ Base64.getUrlEncoder()
						.withoutPadding()
						.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<String> concat(String first, List<String> rest) {
		List<String> all = new ArrayList<>();
		all.add(first);
		all.addAll(rest);
		return all;
	}

}
