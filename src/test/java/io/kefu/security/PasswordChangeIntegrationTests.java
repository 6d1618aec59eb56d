package io.kefu.security;

import java.util.Map;

import io.kefu.access.Role;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;
import io.kefu.support.ShopFixture;
import io.kefu.support.WebSession;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static io.kefu.support.ShopFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everyone changes their own password with the current one; an administrator resets
 * another's, and the account may do nothing else until it has chosen its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PasswordChangeIntegrationTests {

	static final String NEW_PASSWORD = "桌上的台灯亮了 2026";

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	ShopFixture fixture;

	Shop shop;

	ApiClient api;

	@BeforeEach
	void setUp() {
		fixture = new ShopFixture(shops, products, staff);
		shop = shops.findByName("密码测试店").orElseGet(() -> {
			Shop opened = fixture.shop("密码测试店");
			fixture.account(opened, "pw-boss", Role.SUPERVISOR);
			return opened;
		});
		api = ApiClient.anonymous(port);
	}

	@Test
	void everyoneChangesTheirOwnPasswordWithTheCurrentOne() {
		fixture.account(shop, "pw-own", Role.PRE_SALES);
		ApiClient own = api.as("pw-own", PASSWORD);

		ApiClient.Reply wrongCurrent = own.post("/api/v1/me/password", change("not my password", NEW_PASSWORD));
		ApiClient.Reply tooShort = own.post("/api/v1/me/password", change(PASSWORD, "short one"));
		ApiClient.Reply changed = own.post("/api/v1/me/password", change(PASSWORD, NEW_PASSWORD));

		assertThat(wrongCurrent.status()).isEqualTo(400);
		assertThat(wrongCurrent.json().get("errors").get(0).get("field").asString()).isEqualTo("currentPassword");
		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(tooShort.json().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
		assertThat(tooShort.json().get("errors").get(0).get("reason").asString()).contains("12 characters");
		assertThat(changed.status()).isEqualTo(204);
		assertThat(own.get("/api/v1/me").status()).isEqualTo(401);
		assertThat(api.as("pw-own", NEW_PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void wrongCurrentPasswordsCountAsFailedSignIns() {
		fixture.account(shop, "pw-guessed", Role.PRE_SALES);
		WebSession stolen = WebSession.signIn(port, "pw-guessed", PASSWORD);
		for (int i = 0; i < 5; i++) {
			assertThat(stolen.postJson("/api/v1/me/password", change("guess " + i, NEW_PASSWORD), true).status())
				.isEqualTo(400);
		}

		WebSession.Reply locked = stolen.postJson("/api/v1/me/password", change(PASSWORD, NEW_PASSWORD), true);

		assertThat(locked.status()).isEqualTo(429);
		assertThat(locked.header("Retry-After")).isPresent();
	}

	@Test
	void theSessionThatChangedThePasswordGoesOnAndTheAccountsOtherSessionsEnd() {
		fixture.account(shop, "pw-two", Role.PRE_SALES);
		WebSession here = WebSession.signIn(port, "pw-two", PASSWORD);
		WebSession elsewhere = WebSession.signIn(port, "pw-two", PASSWORD);

		WebSession.Reply changed = here.submit("/me/password", "/me/password",
				Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD, "repeated", NEW_PASSWORD));

		assertThat(changed.location()).isEqualTo("/");
		WebSession.Reply home = here.get("/");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.body()).contains("密码已修改");
		assertThat(elsewhere.get("/").location()).isEqualTo("/login");
	}

	@Test
	void thePasswordPageExplainsARefusal() {
		fixture.account(shop, "pw-page", Role.PRE_SALES);
		WebSession session = WebSession.signIn(port, "pw-page", PASSWORD);

		WebSession.Reply mismatch = session.submit("/me/password", "/me/password",
				Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD, "repeated", NEW_PASSWORD + "!"));
		WebSession.Reply tooShort = session.submit("/me/password", "/me/password",
				Map.of("currentPassword", PASSWORD, "newPassword", "台灯很亮", "repeated", "台灯很亮"));

		assertThat(mismatch.status()).isEqualTo(200);
		assertThat(mismatch.body()).contains("两次输入的新密码不一致");
		assertThat(tooShort.body()).contains("至少 12 个字符");
		assertThat(session.get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void anAdministratorResetsAPasswordWhichMustThenBeChangedBeforeAnythingElse() {
		Agent agent = fixture.account(shop, "pw-reset", Role.PRE_SALES);
		String reset = "/api/v1/agents/" + agent.id() + "/password-reset";

		assertThat(api.as("pw-boss", PASSWORD).post(reset, "{}").status()).isEqualTo(403);
		assertThat(api.as("admin", "admin-test-password").post("/api/v1/agents/999999/password-reset", "{}").status())
			.isEqualTo(404);
		JsonNode answer = api.as("admin", "admin-test-password").post(reset, "{}").json();
		String temporary = answer.get("temporaryPassword").asString();
		ApiClient agentApi = api.as("pw-reset", temporary);

		assertThat(api.as("pw-reset", PASSWORD).get("/api/v1/me").status()).isEqualTo(401);
		ApiClient.Reply refused = agentApi.get("/api/v1/shops");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("type").asString()).isEqualTo("urn:kefu:problem:password-change-required");
		assertThat(refused.json().get("detail").asString()).contains("/api/v1/me/password");
		assertThat(agentApi.get("/api/v1/me").status()).isEqualTo(200);
		assertThat(agentApi.post("/api/v1/me/password", change(temporary, NEW_PASSWORD)).status()).isEqualTo(204);
		assertThat(api.as("pw-reset", NEW_PASSWORD).get("/api/v1/shops").status()).isEqualTo(200);
	}

	@Test
	void aForcedChangeSendsEveryPageToThePasswordPage() {
		Agent agent = fixture.account(shop, "pw-forced", Role.PRE_SALES);
		String temporary = api.as("admin", "admin-test-password")
			.post("/api/v1/agents/" + agent.id() + "/password-reset", "{}")
			.json()
			.get("temporaryPassword")
			.asString();
		WebSession session = WebSession.signIn(port, "pw-forced", temporary);

		assertThat(session.get("/").location()).isEqualTo("/me/password");
		assertThat(session.get("/shops/" + shop.id() + "/agents").location()).isEqualTo("/me/password");
		assertThat(session.get("/me/password").body()).contains("你的密码是别人为你设置的");
		WebSession.Reply changed = session.submit("/me/password", "/me/password",
				Map.of("currentPassword", temporary, "newPassword", NEW_PASSWORD, "repeated", NEW_PASSWORD));
		assertThat(changed.location()).isEqualTo("/");
		assertThat(session.get("/shops/" + shop.id() + "/agents").status()).isEqualTo(200);
	}

	private static String change(String current, String next) {
		return "{\"currentPassword\": \"" + current + "\", \"newPassword\": \"" + next + "\"}";
	}

}
