package io.kefu.security;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.Set;

import io.kefu.access.Role;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentDraft;
import io.kefu.staff.Passwords;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;
import io.kefu.support.ShopFixture;
import io.kefu.support.WebSession;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.converter.SimpleMessageConverter;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import static io.kefu.support.ShopFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Disabling an account, changing its roles or resetting its password takes effect at
 * once: the account's open sessions get the sign-in page (pages) or 401 (API) on their
 * next request, and its live chat connections close. Lesser changes carry into the
 * session without ending it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountChangesEndSessionsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	Passwords passwords;

	ShopFixture fixture;

	Shop shop;

	@BeforeEach
	void setUp() {
		fixture = new ShopFixture(shops, products, staff);
		shop = shops.findByName("会话测试店").orElseGet(() -> fixture.shop("会话测试店"));
	}

	@Test
	void disablingAnAccountEndsItsOpenSessionAtOnce() {
		Agent agent = fixture.account(shop, "session-off", Role.PRE_SALES);
		WebSession pages = WebSession.signIn(port, "session-off", PASSWORD);
		WebSession api = WebSession.signIn(port, "session-off", PASSWORD);
		assertThat(pages.get(agentsPage()).status()).isEqualTo(200);

		staff.revise(agent.id(), draftOf(agent, agent.roles(), false));

		assertThat(pages.get(agentsPage()).status()).isEqualTo(302);
		assertThat(pages.get(agentsPage()).location()).isEqualTo("/login");
		assertThat(api.get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void changingAnAccountsRolesEndsItsOpenSession() {
		Agent agent = fixture.account(shop, "session-roles", Role.SUPERVISOR);
		WebSession session = WebSession.signIn(port, "session-roles", PASSWORD);

		staff.revise(agent.id(), draftOf(agent, Set.of(Role.PRE_SALES), true));

		assertThat(session.get("/api/v1/me").status()).isEqualTo(401);
		WebSession again = WebSession.signIn(port, "session-roles", PASSWORD);
		assertThat(again.get("/api/v1/me").body()).contains("\"roles\":[\"PRE_SALES\"]");
	}

	@Test
	void anAdministratorsPasswordResetEndsTheAccountsOpenSession() {
		Agent agent = fixture.account(shop, "session-reset", Role.PRE_SALES);
		WebSession session = WebSession.signIn(port, "session-reset", PASSWORD);

		passwords.reset(agent.id());

		assertThat(session.get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void aShopGrantedLaterIsSeenWithoutSigningInAgain() {
		Agent agent = fixture.account(shop, "session-grant", Role.PRE_SALES);
		Shop other = fixture.shop("会话测试分店");
		WebSession session = WebSession.signIn(port, "session-grant", PASSWORD);

		staff.grantShop(agent.id(), other.id());

		assertThat(session.get("/api/v1/me").body()).contains(other.id().toString());
		assertThat(session.get("/shops/" + other.id() + "/agents").status()).isEqualTo(200);
	}

	@Test
	void disablingAnAccountClosesItsLiveChatConnections() throws Exception {
		Agent agent = fixture.account(shop, "session-live", Role.PRE_SALES);
		WebSession pages = WebSession.signIn(port, "session-live", PASSWORD);
		Connection connection = Connection.open(port, pages.cookie("JSESSIONID"));

		staff.revise(agent.id(), draftOf(agent, agent.roles(), false));

		assertThat(connection.awaitError()).contains("sign in again");
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> !connection.session.isConnected());
		connection.client.stop();
	}

	@Test
	void anAccountThatMustChangeItsPasswordCannotOpenALiveChatConnection() throws Exception {
		Agent agent = fixture.account(shop, "session-forced", Role.PRE_SALES);
		String temporary = ApiClient.anonymous(port)
			.as("admin", "admin-test-password")
			.post("/api/v1/agents/" + agent.id() + "/password-reset", "{}")
			.json()
			.get("temporaryPassword")
			.asString();
		WebSession pages = WebSession.signIn(port, "session-forced", temporary);

		BlockingQueue<String> errors = new LinkedBlockingQueue<>();
		try {
			Connection.open(port, pages.cookie("JSESSIONID"), errors).client.stop();
		}
		catch (ExecutionException ex) {
			// the refusal closes the connection before it is established
		}
		String refusal = errors.poll(10, TimeUnit.SECONDS);

		assertThat(refusal).containsIgnoringCase("change your password");
	}

	private String agentsPage() {
		return "/shops/" + shop.id() + "/agents";
	}

	private static AgentDraft draftOf(Agent agent, Set<Role> roles, boolean enabled) {
		return new AgentDraft(agent.displayName(), agent.nickname(), roles, agent.skillGroup(), agent.certification(),
				agent.certifiedOn(), enabled);
	}

	/** The workbench's STOMP connection, opened with the signed-in session's cookie. */
	private record Connection(WebSocketStompClient client, StompSession session, BlockingQueue<String> errors) {

		static Connection open(int port, String cookie) throws Exception {
			return open(port, cookie, new LinkedBlockingQueue<>());
		}

		static Connection open(int port, String cookie, BlockingQueue<String> errors) throws Exception {
			WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
			client.setMessageConverter(new SimpleMessageConverter());
			client.setDefaultHeartbeat(new long[] { 0, 0 });
			WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
			handshake.add("Cookie", cookie);
			CompletableFuture<StompSession> connected = client.connectAsync("ws://localhost:" + port + "/ws", handshake,
					new StompHeaders(), new StompSessionHandlerAdapter() {
						@Override
						public Type getPayloadType(StompHeaders headers) {
							return byte[].class;
						}

						@Override
						public void handleFrame(StompHeaders headers, Object payload) {
							errors.add(String.valueOf(headers.getFirst("message")));
						}
					});
			return new Connection(client, connected.get(10, TimeUnit.SECONDS), errors);
		}

		String awaitError() throws InterruptedException {
			String error = errors.poll(10, TimeUnit.SECONDS);
			assertThat(error).as("an ERROR frame within 10 s").isNotNull();
			return error;
		}

	}

}
