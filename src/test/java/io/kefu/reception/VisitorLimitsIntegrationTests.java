package io.kefu.reception;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits per client address (docs/chat.md, "Limits per address"), here 20 visitor
 * sessions in ten minutes and 3 buyers in a shop's queue: each test speaks from loopback
 * addresses of its own, since the counts of an address outlive a test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { PresenceFollowsConnectionIntegrationTests.AWAY_AFTER,
				PresenceFollowsConnectionIntegrationTests.CHECK_EVERY, VisitorLimitsIntegrationTests.SESSIONS,
				VisitorLimitsIntegrationTests.QUEUED })
class VisitorLimitsIntegrationTests {

	static final String SESSIONS = "kefu.chat.visitors.sessions-per-address=20";

	static final String QUEUED = "kefu.chat.visitors.queued-per-address=3";

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	@Autowired
	Messages messages;

	ChatScene scene;

	@BeforeEach
	void openShop() {
		scene = new ChatScene(shops, staff, ApiClient.anonymous(port));
	}

	@Test
	void oneAddressOpeningSessionsInALoopGets429WithRetryAfterOverTheLimitWhileAnotherStillGetsIn() {
		RawHttp flooding = new RawHttp(port, "127.0.0.21");
		for (int i = 0; i < 20; i++) {
			assertThat(startSession(flooding).status()).as("session " + (i + 1)).isEqualTo(201);
		}

		RawHttp.Response refused = startSession(flooding);

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("code").asString()).isEqualTo("TOO_MANY_SESSIONS");
		assertThat(refused.json().get("detail").asString()).contains("at most 20");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 600L);
		// a forwarded address is not believed unless a proxy is trusted
		// (server.forward-headers-strategy)
		assertThat(startSession(flooding, "X-Forwarded-For: 198.51.100.9").status()).isEqualTo(429);
		assertThat(startSession(new RawHttp(port, "127.0.0.22")).status()).isEqualTo(201);
	}

	@Test
	void aShopsQueueHoldsAtMostTheLimitOfBuyersFromOneAddress() {
		RawHttp crowd = new RawHttp(port, "127.0.0.23");
		List<ChatScene.BuyerSide> buyers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			buyers.add(buyer(crowd));
		}
		for (int i = 0; i < 3; i++) {
			assertThat(buyers.get(i).send("q" + i, "在吗").status()).isEqualTo(200);
		}

		ApiClient.Reply refused = buyers.get(3).send("q3", "在吗");

		assertThat(refused.status()).as(refused.body()).isEqualTo(429);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("code").asString()).isEqualTo("TOO_MANY_QUEUED");
		assertThat(messages.thread(ShopId.of(scene.shopId), BuyerId.of(buyers.get(3).buyerId()))).isEmpty();
		ChatScene.BuyerSide elsewhere = buyer(new RawHttp(port, "127.0.0.24"));
		assertThat(elsewhere.send("e1", "在吗").status()).isEqualTo(200);
		ChatScene.AgentSide mei = scene.preSales("小美");
		assertThat(mei.conversations("WAITING")).hasSize(4);

		// one of the address's buyers is served: there is room for another
		long first = buyers.get(0).after(0).get("currentConversationId").asLong();
		assertThat(mei.post("/api/v1/agent/conversations/" + first + "/accept", "{}").status()).isEqualTo(200);
		assertThat(buyers.get(3).send("q3", "在吗").status()).isEqualTo(200);
	}

	@Test
	void aBuyerOverTheQueueLimitIsToldOverStompWhenToTryAgain() {
		RawHttp crowd = new RawHttp(port, "127.0.0.25");
		for (int i = 0; i < 3; i++) {
			assertThat(buyer(crowd).send("q", "在吗").status()).isEqualTo(200);
		}
		ChatScene.BuyerSide last = buyer(crowd);
		try (StompClient page = StompClient.visitor(port, last.token()).awaitConnected()) {
			page.subscribe("/user/queue/errors");
			page.send("/app/visitor.send", Map.of("clientId", "s1", "content", "在吗"));

			JsonNode error = page.await(frame -> "error".equals(frame.get("type").asString()));
			assertThat(error.get("code").asString()).isEqualTo("TOO_MANY_QUEUED");
			assertThat(error.get("clientId").asString()).isEqualTo("s1");
			assertThat(error.get("retryAfterSeconds").asLong()).isEqualTo(60);
		}
	}

	RawHttp.Response startSession(RawHttp from, String... headers) {
		return from.post("/api/v1/shops/" + scene.shopId + "/visitor-sessions", "application/json", "{}", headers);
	}

	/** A buyer whose session was opened from that address. */
	ChatScene.BuyerSide buyer(RawHttp from) {
		RawHttp.Response started = startSession(from);
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		JsonNode session = started.json();
		String token = session.get("token").asString();
		return new ChatScene.BuyerSide(session.get("buyerId").asLong(), token, session.get("nickname").asString(),
				ApiClient.anonymous(port).bearer(token));
	}

}
