package io.kefu.followup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import io.kefu.access.Role;
import io.kefu.reception.ClientAddress;
import io.kefu.reception.Visitor;
import io.kefu.reception.VisitorChat;
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

	Shop shop;

	Agent mei;

	Agent fang;

	Agent boss;

	String suffix;

	/** Shop time on 2026-12-07. */
	private static Instant at(String time) {
		return LocalDateTime.parse("2026-12-07T" + time).atZone(SHANGHAI).toInstant();
	}

	@BeforeEach
	void openShop() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		suffix = Long.toString(System.nanoTime());
		shop = fixture.shop("售后跟进店" + suffix);
		mei = fixture.account(shop, "mei" + suffix, Role.PRE_SALES);
		fang = fixture.account(shop, "fang" + suffix, Role.AFTER_SALES);
		boss = fixture.account(shop, "boss" + suffix, Role.SUPERVISOR);
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

}
