package io.kefu.security;

import io.kefu.access.PageHeaders;
import io.kefu.access.Role;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;
import io.kefu.support.WebSession;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.kefu.support.ShopFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page says which scripts it may run and who may frame it; the session cookie is
 * out of scripts' reach and stays home on cross-site posts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersIntegrationTests {

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
		shop = shops.findByName("响应头测试店").orElseGet(() -> {
			ShopFixture fixture = new ShopFixture(shops, products, staff);
			Shop opened = fixture.shop("响应头测试店");
			fixture.account(opened, "headers-boss", Role.SUPERVISOR);
			return opened;
		});
	}

	@Test
	void staffPagesAndTheApiMayRunOnlyTheirOwnScriptsAndAreFramedByNobody() {
		WebSession boss = WebSession.signIn(port, "headers-boss", PASSWORD);

		for (WebSession.Reply reply : new WebSession.Reply[] { WebSession.anonymous(port).get("/login"),
				boss.get("/shops/" + shop.id() + "/agents"), boss.get("/api/v1/me"),
				WebSession.anonymous(port).get("/css/kefu.css") }) {
			assertThat(reply.header("Content-Security-Policy")).hasValue(PageHeaders.STAFF_POLICY);
			assertThat(reply.header("Referrer-Policy")).hasValue("same-origin");
			assertThat(reply.header("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(reply.header("X-Frame-Options")).hasValue("DENY");
		}
		assertThat(PageHeaders.STAFF_POLICY).contains("script-src 'self';", "frame-ancestors 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
	}

	@Test
	void theChatPageMayBeFramedByAnySiteButRunsOnlyItsOwnScripts() {
		WebSession.Reply chat = WebSession.anonymous(port).get("/chat/" + shop.id());

		assertThat(chat.status()).isEqualTo(200);
		assertThat(chat.header("Content-Security-Policy")).hasValue(PageHeaders.EMBEDDABLE_POLICY);
		assertThat(chat.header("X-Frame-Options")).isEmpty();
		assertThat(chat.header("Referrer-Policy")).hasValue("same-origin");
		assertThat(PageHeaders.EMBEDDABLE_POLICY).contains("script-src 'self';").doesNotContain("frame-ancestors");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() {
		WebSession.Reply login = WebSession.anonymous(port).submitLogin("headers-boss", PASSWORD);

		assertThat(login.headers().get("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
			.singleElement()
			.satisfies(cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure"));
	}

}
