package io.kefu.reception;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kefu.bench.load.StompConnection;
import io.kefu.bench.load.StompFrame;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentDraft;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;

import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static io.kefu.support.ShopFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Presence follows the connection (docs/chat.md, "Presence"), with an away-after of two
 * seconds instead of 90: an agent whose workbench connection is gone and who calls no API
 * becomes 离开 and their buyers, and new ones, queue with the away reply; a live connection
 * or calls keep an agent online; they come back to what they chose when they connect
 * again; signing out is 离线 at once, and stays so. Presence is read as a supervisor sees
 * it, since an agent's own call would count as a sign of life.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { PresenceFollowsConnectionIntegrationTests.AWAY_AFTER,
				PresenceFollowsConnectionIntegrationTests.CHECK_EVERY, VisitorLimitsIntegrationTests.SESSIONS,
				VisitorLimitsIntegrationTests.QUEUED })
class PresenceFollowsConnectionIntegrationTests {

	static final String AWAY_AFTER = "kefu.chat.presence.away-after=2s";

	static final String CHECK_EVERY = "kefu.chat.presence.check-every=250ms";

	static final Duration AWAY = Duration.ofSeconds(2);

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	ChatScene scene;

	ChatScene.AgentSide boss;

	@BeforeEach
	void openShop() {
		scene = new ChatScene(shops, staff, ApiClient.anonymous(port));
		boss = scene.supervisor("王主管");
	}

	@Test
	void anAgentWhoseConnectionDropsIsAwayAfterTheTimeoutAndTheirBuyersAndNewOnesQueueWithTheAwayReply()
			throws Exception {
		ChatScene.AgentSide mei = scene.preSales("小美");
		mei.presence(Presence.ONLINE);
		StompConnection desk = workbench(mei);
		ChatScene.BuyerSide served = scene.buyer(null);
		long conversationId = served.sent("c1", "在吗").get("conversationId").asLong();
		assertThat(mei.reply(conversationId, "m1", "亲，在的").status()).isEqualTo(200);

		// the live connection alone keeps her at the desk, long past the timeout
		Awaitility.await()
			.during(AWAY.multipliedBy(2))
			.atMost(AWAY.multipliedBy(3))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> presenceOf(mei), "ONLINE"::equals);

		desk.close();

		awaitPresence(mei, "AWAY");
		JsonNode handedBack = served.after(0);
		assertThat(handedBack.get("conversation").get("agentId").isNull()).as(handedBack.toString()).isTrue();
		assertThat(handedBack.get("conversation").get("status").asString()).isEqualTo("WAITING");
		assertThat(handedBack.get("messages")).extracting(m -> m.get("kind").asString()).contains("SYSTEM");
		ChatScene.BuyerSide newcomer = scene.buyer(null);
		newcomer.sent("n1", "有人吗");
		JsonNode waiting = newcomer.after(0);
		assertThat(waiting.get("messages")).extracting(m -> m.get("content").asString())
			.containsExactly("有人吗", ChatSettings.DEFAULTS.awayText());
		assertThat(waiting.get("conversation").get("agentId").isNull()).isTrue();
		assertThat(waiting.get("conversation").get("nobodyAtDesk").asBoolean()).isTrue();
		assertThat(boss.conversations("WAITING")).extracting(c -> c.get("buyerId").asLong())
			.containsExactlyInAnyOrder(served.buyerId(), newcomer.buyerId());
	}

	@Test
	void anAgentSetAwayComesBackToWhatTheyChoseWhenTheyConnectAgainAndGetsTheQueue() throws Exception {
		ChatScene.AgentSide mei = scene.preSales("小美");
		mei.presence(Presence.ONLINE);
		workbench(mei).close();
		awaitPresence(mei, "AWAY");
		ChatScene.BuyerSide buyer = scene.buyer(null);
		buyer.sent("c1", "在吗");
		assertThat(buyer.after(0).get("conversation").get("agentId").isNull()).isTrue();

		StompConnection back = workbench(mei);

		awaitPresence(mei, "ONLINE");
		assertThat(buyer.after(0).get("conversation").get("agentId").asLong()).isEqualTo(mei.id());
		back.close();
	}

	@Test
	void anAgentOnlyCallingTheApiStaysOnlineWhileTheyKeepCalling() {
		ChatScene.AgentSide script = scene.preSales("接口客服");
		ChatScene.AgentSide idle = scene.preSales("小杰");
		script.presence(Presence.ONLINE);
		idle.presence(Presence.BUSY);

		// a call every 300 ms for three times the timeout: online all along
		Awaitility.await()
			.during(AWAY.multipliedBy(3))
			.atMost(AWAY.multipliedBy(4))
			.pollInterval(Duration.ofMillis(300))
			.until(() -> {
				script.conversations("MINE");
				return presenceOf(script);
			}, "ONLINE"::equals);

		assertThat(presenceOf(idle)).as("the one who did not call").isEqualTo("AWAY");
		assertThat(presenceOf(script)).isEqualTo("ONLINE");
		// their next call brings the idle one back to what they had chosen
		idle.conversations("MINE");
		awaitPresence(idle, "BUSY");
	}

	@Test
	void signingOutIsOfflineAtOnceAndAConnectionLeftOpenDoesNotBringTheAgentBack() throws Exception {
		ChatScene.AgentSide mei = scene.preSales("小美");
		mei.presence(Presence.ONLINE);
		StompConnection desk = workbench(mei);
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		form(browser, "/login", "username=" + URLEncoder.encode(username(mei), StandardCharsets.UTF_8) + "&password="
				+ PASSWORD + "&_csrf=" + csrf(browser));

		form(browser, "/logout", "_csrf=" + csrf(browser));

		assertThat(presenceOf(mei)).isEqualTo("OFFLINE");
		// the open connection would bring her back within the timeout if it could
		Awaitility.await()
			.during(AWAY.multipliedBy(2))
			.atMost(AWAY.multipliedBy(3))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> presenceOf(mei), "OFFLINE"::equals);
		desk.close();
	}

	@Test
	void aDisabledAgentGoesOfflineAndTheirBuyersQueue() throws Exception {
		ChatScene.AgentSide mei = scene.preSales("小美");
		mei.presence(Presence.ONLINE);
		StompConnection desk = workbench(mei);
		ChatScene.BuyerSide served = scene.buyer(null);
		long conversationId = served.sent("c1", "在吗").get("conversationId").asLong();
		assertThat(mei.reply(conversationId, "m1", "亲，在的").status()).isEqualTo(200);

		Agent agent = staff.find(AgentId.of(mei.id())).orElseThrow();
		staff.revise(agent.id(), new AgentDraft(agent.displayName(), agent.nickname(), agent.roles(),
				agent.skillGroup(), agent.certification(), agent.certifiedOn(), false));

		// the reception module hears of it after the commit, on a thread of its own
		await(() -> served.after(0).get("conversation").get("status").asString(), "WAITING"::equals,
				"the conversation handed back");
		JsonNode handedBack = served.after(0).get("conversation");
		assertThat(handedBack.get("agentId").isNull()).isTrue();
		ChatScene.BuyerSide newcomer = scene.buyer(null);
		newcomer.sent("n1", "有人吗");
		assertThat(newcomer.after(0).get("conversation").get("agentId").isNull()).isTrue();
		desk.close();
	}

	/** The agent's workbench: a STOMP connection with HTTP Basic on the handshake. */
	StompConnection workbench(ChatScene.AgentSide agent) throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString((username(agent) + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		return StompConnection
			.open(HttpClient.newHttpClient(), URI.create("ws://localhost:" + port + "/ws"),
					Map.of("Authorization", "Basic " + basic), Map.of(), Duration.ZERO, new Ignored())
			.get(10, TimeUnit.SECONDS);
	}

	String username(ChatScene.AgentSide agent) {
		return staff.find(AgentId.of(agent.id())).orElseThrow().username();
	}

	/** The agent's presence as their supervisor reads it. */
	String presenceOf(ChatScene.AgentSide agent) {
		ApiClient.Reply seats = boss.api().get("/api/v1/shops/" + scene.shopId + "/seats");
		assertThat(seats.status()).as(seats.body()).isEqualTo(200);
		for (JsonNode seat : seats.json()) {
			if (seat.get("agentId").asLong() == agent.id()) {
				return seat.get("presence").asString();
			}
		}
		throw new AssertionError("No seat of " + agent.name() + " in " + seats.body());
	}

	void awaitPresence(ChatScene.AgentSide agent, String presence) {
		await(() -> presenceOf(agent), presence::equals, agent.name() + " " + presence);
	}

	static void await(java.util.function.Supplier<String> read, Predicate<String> wanted, String what) {
		Awaitility.await(what)
			.atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(100))
			.until(read::get, wanted);
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

	void form(HttpClient browser, String path, String body) throws Exception {
		HttpResponse<String> response = browser
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(302);
	}

	/** The tests read presence over HTTP; what the connection hears does not matter. */
	static final class Ignored implements StompConnection.Handler {

		@Override
		public void onFrame(StompConnection connection, StompFrame frame) {
		}

		@Override
		public void onClosed(StompConnection connection, @Nullable Throwable error) {
		}

	}

}
