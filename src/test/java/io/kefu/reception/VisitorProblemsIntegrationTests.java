package io.kefu.reception;

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
 * Every refusal of the visitor API is a problem detail with a clear detail, whoever
 * refuses (the controllers, Spring MVC, Spring Security, its firewall), and control
 * characters in a chat text are refused naming the field, over HTTP and over STOMP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { PresenceFollowsConnectionIntegrationTests.AWAY_AFTER,
				PresenceFollowsConnectionIntegrationTests.CHECK_EVERY, VisitorLimitsIntegrationTests.SESSIONS,
				VisitorLimitsIntegrationTests.QUEUED })
class VisitorProblemsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	@Autowired
	Messages messages;

	ChatScene scene;

	ChatScene.BuyerSide buyer;

	RawHttp http;

	@BeforeEach
	void openShop() {
		scene = new ChatScene(shops, staff, ApiClient.anonymous(port));
		buyer = scene.buyer(null);
		http = new RawHttp(port, "127.0.0.31");
	}

	String sessions() {
		return "/api/v1/shops/" + scene.shopId + "/visitor-sessions";
	}

	String bearer() {
		return "Authorization: Bearer " + buyer.token();
	}

	@Test
	void aWrongContentTypeIs415() {
		RawHttp.Response answer = http.post(sessions(), "text/plain", "小王");

		assertProblem(answer, 415, "Content-Type");
		assertProblem(http.post("/api/v1/visitor/messages", "application/xml", "<m/>", bearer()), 415, "Content-Type");
	}

	@Test
	void aMalformedBodyIs400NamingWhatIsWrong() {
		RawHttp.Response notJson = http.post("/api/v1/visitor/messages", "application/json", "{\"content\": \"在",
				bearer());
		RawHttp.Response wrongGroup = http.post("/api/v1/visitor/messages", "application/json",
				"{\"clientId\": \"c1\", \"content\": \"在吗\", \"skillGroup\": \"VIP\"}", bearer());
		RawHttp.Response noBody = http.post("/api/v1/visitor/messages", "application/json", "", bearer());

		assertProblem(notJson, 400, "not valid JSON");
		assertThat(notJson.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
		assertProblem(wrongGroup, 400, "PRE_SALES, AFTER_SALES");
		assertThat(wrongGroup.json().get("errors").get(0).get("field").asString()).isEqualTo("skillGroup");
		assertProblem(noBody, 400, "body");
	}

	@Test
	void aStaffAccountIsForbiddenTheVisitorApi() {
		ChatScene.AgentSide mei = scene.preSales("小美");

		ApiClient.Reply answer = mei.api().get("/api/v1/visitor/messages");

		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("detail").asString()).contains("visitor token");
	}

	@Test
	void anUnknownShopIs404AndABadTokenIs401() {
		assertProblem(http.post("/api/v1/shops/99999999/visitor-sessions", "application/json", "{}"), 404,
				"no shop 99999999");
		RawHttp.Response forged = http.send("GET", "/api/v1/visitor/messages", "",
				"Authorization: Bearer " + buyer.token() + "x");
		assertProblem(forged, 401, "signature");
		assertThat(forged.header("WWW-Authenticate")).startsWith("Bearer");
		assertProblem(http.send("GET", "/api/v1/visitor/messages", ""), 401, "Bearer");
	}

	@Test
	void anUnknownCallIs404AndAWrongMethod405() {
		assertProblem(http.send("GET", "/api/v1/visitor/nothing-here", "", bearer()), 404, "no such call");
		RawHttp.Response wrongMethod = http.send("DELETE", "/api/v1/visitor/messages", "", bearer());
		assertProblem(wrongMethod, 405, "DELETE");
		assertThat(wrongMethod.header("Allow")).contains("GET").contains("POST");
		assertProblem(http.send("GET", sessions(), ""), 405, "GET");
	}

	@Test
	void aRequestTheFirewallRejectsIs400() {
		assertProblem(http.post("/api/v1/shops/" + scene.shopId + ";x=1/visitor-sessions", "application/json", "{}"),
				400, "");
		assertProblem(http.send("GET", "/api/v1/visitor//messages", "", bearer()), 400, "");
	}

	@Test
	void nulAndOtherControlCharactersInAChatTextAre400NamingTheField() {
		RawHttp.Response nul = http.post("/api/v1/visitor/messages", "application/json",
				"{\"clientId\": \"n1\", \"content\": \"在吗\\u0000\"}", bearer());
		RawHttp.Response escape = http.post("/api/v1/visitor/offline-messages", "application/json",
				"{\"content\": \"留言\", \"contact\": \"138\\u001b0000\"}", bearer());
		RawHttp.Response nickname = http.post(sessions(), "application/json", "{\"nickname\": \"小\\u0000王\"}");

		assertProblem(nul, 400, "control characters");
		assertThat(nul.json().get("errors").get(0).get("field").asString()).isEqualTo("content");
		assertThat(escape.json().get("errors").get(0).get("field").asString()).isEqualTo("contact");
		assertThat(nickname.json().get("errors").get(0).get("field").asString()).isEqualTo("nickname");
		assertThat(messages.thread(ShopId.of(scene.shopId), BuyerId.of(buyer.buyerId()))).isEmpty();
	}

	@Test
	void nulInAMessageOverStompIsRefusedToTheSenderNamingTheField() {
		try (StompClient page = StompClient.visitor(port, buyer.token()).awaitConnected()) {
			page.subscribe("/user/queue/errors");
			page.send("/app/visitor.send", Map.of("clientId", "s1", "content", "在吗\u0000"));
			page.send("/app/visitor.send", Map.of("clientId", "s2", "content", "在吗\u0085"));

			for (String clientId : new String[] { "s1", "s2" }) {
				JsonNode error = page.await(frame -> "error".equals(frame.get("type").asString())
						&& clientId.equals(frame.get("clientId").asString()));
				assertThat(error.get("code").asString()).isEqualTo("INVALID");
				assertThat(error.get("field").asString()).isEqualTo("content");
			}
		}
		assertThat(messages.thread(ShopId.of(scene.shopId), BuyerId.of(buyer.buyerId()))).isEmpty();
	}

	@Test
	void aFrameThatIsNotJsonIsRefusedToTheSenderAsInvalid() {
		try (StompClient page = StompClient.visitor(port, buyer.token()).awaitConnected()) {
			page.subscribe("/user/queue/errors");
			page.send("/app/visitor.send", Map.of("clientId", "g1", "content", "在吗", "skillGroup", "VIP"));

			JsonNode error = page.await(frame -> "error".equals(frame.get("type").asString()));
			assertThat(error.get("code").asString()).isEqualTo("INVALID");
			assertThat(error.get("field").asString()).isEqualTo("skillGroup");
		}
	}

	static void assertProblem(RawHttp.Response answer, int status, String detail) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.header("Content-Type")).as(answer.body()).startsWith("application/problem+json");
		JsonNode problem = answer.json();
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asString()).isNotBlank().containsIgnoringCase(detail);
	}

}
