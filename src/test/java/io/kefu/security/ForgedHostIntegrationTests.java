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
 * Without a base URL, redirects are paths: the {@code Host} header a request carries,
 * forged or not, never comes back in a {@code Location}, not even after signing in to a
 * page asked for under that host.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForgedHostIntegrationTests {

	static final String EVIL = "evil.example";

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
		shop = shops.findByName("主机头测试店").orElseGet(() -> {
			ShopFixture fixture = new ShopFixture(shops, products, staff);
			Shop opened = fixture.shop("主机头测试店");
			fixture.account(opened, "host-mei", Role.PRE_SALES);
			return opened;
		});
	}

	@Test
	void theSignInRedirectIsAPathWhateverTheHost() {
		RawHttp.Response reply = RawHttp.get(port, "/shops/" + shop.id() + "/products", EVIL);

		assertThat(reply.status()).isEqualTo(302);
		assertThat(reply.location()).isEqualTo("/login");
	}

	@Test
	void signingInReturnsToThePageAskedForAsAPath() {
		String page = "/shops/" + shop.id() + "/products";
		RawHttp.Response asked = RawHttp.get(port, page, EVIL);
		String session = asked.sessionCookie();
		RawHttp.Response login = RawHttp.get(port, "/login", EVIL, "Cookie: " + session);

		RawHttp.Response signedIn = RawHttp.send(port, "POST", "/login", EVIL,
				"username=host-mei&password=" + encode(PASSWORD) + "&_csrf=" + encode(login.csrfToken()),
				"Cookie: " + session, "Content-Type: application/x-www-form-urlencoded");

		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.location()).startsWith(page).doesNotContain(EVIL);
	}

	@Test
	void signingOutIsAPathToo() {
		RawHttp.Response login = RawHttp.get(port, "/login", EVIL);
		RawHttp.Response signedIn = RawHttp.send(port, "POST", "/login", EVIL,
				"username=host-mei&password=" + encode(PASSWORD) + "&_csrf=" + encode(login.csrfToken()),
				"Cookie: " + login.sessionCookie(), "Content-Type: application/x-www-form-urlencoded");
		String session = signedIn.sessionCookie();
		RawHttp.Response home = RawHttp.get(port, "/", EVIL, "Cookie: " + session);

		RawHttp.Response signedOut = RawHttp.send(port, "POST", "/logout", EVIL, "_csrf=" + encode(home.csrfToken()),
				"Cookie: " + session, "Content-Type: application/x-www-form-urlencoded");

		assertThat(signedIn.location()).isEqualTo("/");
		assertThat(signedOut.location()).isEqualTo("/login?logout");
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
