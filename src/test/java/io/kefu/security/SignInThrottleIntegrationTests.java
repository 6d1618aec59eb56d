package io.kefu.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.kefu.access.Role;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;
import io.kefu.support.WebSession;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static io.kefu.support.ShopFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Five failed attempts for a username, or twenty from one address, within fifteen minutes
 * lock further attempts: the API answers 429 with {@code Retry-After}, the page a plain
 * message, and neither tells whether the username exists. The production limits, in a
 * context of their own: each test locks its own names, the last the only address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "kefu.sign-in.failures-per-address=20")
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInThrottleIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void setUp() {
		if (shops.findByName("限流测试店").isEmpty()) {
			ShopFixture fixture = new ShopFixture(shops, products, staff);
			Shop shop = fixture.shop("限流测试店");
			fixture.account(shop, "throttle-api", Role.PRE_SALES);
			fixture.account(shop, "throttle-page", Role.PRE_SALES);
		}
	}

	@Test
	void aLockedUsernameAnswers429WithRetryAfterEvenForTheRightPassword() {
		for (int i = 0; i < 5; i++) {
			assertThat(me("throttle-api", "wrong password " + i).statusCode()).isEqualTo(401);
		}

		HttpResponse<String> locked = me("THROTTLE-API", PASSWORD);

		assertThat(locked.statusCode()).isEqualTo(429);
		assertThat(locked.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(locked.headers().firstValue("Retry-After").map(Integer::parseInt))
			.hasValueSatisfying(seconds -> assertThat(seconds).isBetween(14 * 60, 15 * 60));
	}

	@Test
	void anUnknownUsernameIsLockedWithTheSameAnswer() {
		for (int i = 0; i < 5; i++) {
			me("no-such-account", "wrong password " + i);
		}

		HttpResponse<String> locked = me("no-such-account", PASSWORD);

		assertThat(locked.statusCode()).isEqualTo(429);
		assertThat(locked.body()).doesNotContain("no-such-account").contains("Too many failed sign-in attempts");
	}

	@Test
	void theSignInPageSaysToWaitInPlainWords() {
		WebSession browser = WebSession.anonymous(port);
		for (int i = 0; i < 5; i++) {
			assertThat(browser.submitLogin("throttle-page", "wrong password").location()).isEqualTo("/login?error");
		}

		WebSession.Reply locked = browser.submitLogin("throttle-page", PASSWORD);

		assertThat(locked.location()).isEqualTo("/login?locked");
		assertThat(browser.get("/login?locked").body()).contains("失败次数过多，请等待 15 分钟后再试。");
	}

	/** Last: it locks the address every test here signs in from. */
	@Test
	@Order(Integer.MAX_VALUE)
	void twentyFailuresFromOneAddressLockEveryUsername() {
		for (int i = 0; i < 20; i++) {
			me("address-guess-" + i, "wrong password");
		}

		assertThat(me("admin", "admin-test-password").statusCode()).isEqualTo(429);
	}

	private HttpResponse<String> me(String username, String password) {
		String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
			.header("Authorization", "Basic " + basic)
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
