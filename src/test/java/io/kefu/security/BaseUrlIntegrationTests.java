package io.kefu.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.kefu.access.Role;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.kefu.support.ShopFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a proxy that ends TLS ({@code kefu.base-url=https://…}): redirects go to the
 * base URL whatever {@code Host} a request names, the session cookie is {@code Secure},
 * and browsers are told to keep to HTTPS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "kefu.base-url=https://kefu.example")
class BaseUrlIntegrationTests {

	static final String BASE = "https://kefu.example";

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	Shop shop;

	@BeforeEach
	void setUp() {
		shop = shops.findByName("基础地址测试店").orElseGet(() -> {
			ShopFixture fixture = new ShopFixture(shops, products, staff);
			Shop opened = fixture.shop("基础地址测试店");
			fixture.account(opened, "base-mei", Role.PRE_SALES);
			return opened;
		});
	}

	@Test
	void aForgedHostIsRedirectedToTheBaseUrl() {
		RawHttp.Response reply = RawHttp.get(port, "/shops/" + shop.id() + "/products", "evil.example");

		assertThat(reply.status()).isEqualTo(302);
		assertThat(reply.location()).isEqualTo(BASE + "/login");
	}

	@Test
	void signingInReturnsToThePageOnTheBaseUrlInASecureSession() {
		String page = "/shops/" + shop.id() + "/products";
		RawHttp.Response asked = RawHttp.get(port, page, "evil.example");
		String session = asked.sessionCookie();
		RawHttp.Response login = RawHttp.get(port, "/login", "evil.example", "Cookie: " + session);

		RawHttp.Response signedIn = RawHttp.send(port, "POST", "/login", "evil.example",
				"username=base-mei&password=" + encode(PASSWORD) + "&_csrf=" + encode(login.csrfToken()),
				"Cookie: " + session, "Content-Type: application/x-www-form-urlencoded");

		assertThat(signedIn.location()).startsWith(BASE + page);
		assertThat(signedIn.all("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
			.singleElement()
			.satisfies(cookie -> assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax"));
		assertThat(signedIn.header("Strict-Transport-Security")).isPresent();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
