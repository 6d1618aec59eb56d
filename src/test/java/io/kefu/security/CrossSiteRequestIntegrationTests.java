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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.kefu.support.ShopFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Basic credentials are for the API only and never make or use a session; a session's
 * requests that change something carry the CSRF token, on pages and API alike; a page of
 * another site cannot use the Basic credentials a browser keeps.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CrossSiteRequestIntegrationTests {

	private static final String EVIL = "https://evil.example";

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	Shop shop;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void setUp() {
		shop = shops.findByName("跨站测试店").orElseGet(() -> {
			ShopFixture fixture = new ShopFixture(shops, products, staff);
			Shop opened = fixture.shop("跨站测试店");
			fixture.account(opened, "xs-boss", Role.SUPERVISOR);
			fixture.account(opened, "xs-mei", Role.PRE_SALES);
			return opened;
		});
	}

	@Test
	void aCrossSiteFormPostToAPageWithBasicCredentialsIsRefused() {
		HttpResponse<String> reply = send(form("/shops/" + shop.id() + "/agents/new",
				"displayName=mole&nickname=mole&roles=SUPERVISOR&certification=CERTIFIED&enabled=true")
			.header("Authorization", basic("xs-boss"))
			.header("Origin", EVIL));

		assertThat(reply.statusCode()).as(reply.headers().firstValue("Location").orElse("")).isEqualTo(403);
		assertThat(staff.findByNickname(shop.id(), "mole")).isEmpty();
	}

	@Test
	void aCrossSiteFormPostToTheApiWithBasicCredentialsIsRefused() {
		String rerun = "/api/v1/shops/" + shop.id() + "/inspections/rerun";

		HttpResponse<String> crossSite = send(
				form(rerun, "from=2026-03-01&to=2026-03-02").header("Authorization", basic("xs-boss"))
					.header("Origin", EVIL));
		HttpResponse<String> fetchMetadata = send(
				form(rerun, "from=2026-03-01&to=2026-03-02").header("Authorization", basic("xs-boss"))
					.header("Sec-Fetch-Site", "cross-site"));
		HttpResponse<String> script = send(
				form(rerun, "from=2026-03-01&to=2026-03-02").header("Authorization", basic("xs-boss")));

		assertThat(crossSite.statusCode()).isEqualTo(403);
		assertThat(crossSite.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(fetchMetadata.statusCode()).isEqualTo(403);
		assertThat(script.statusCode()).isEqualTo(202);
	}

	@Test
	void basicCredentialsNeitherCreateNorUseASession() {
		HttpResponse<String> read = send(request("/api/v1/me").header("Authorization", basic("xs-mei")));
		HttpResponse<String> write = send(
				form("/api/v1/shops/" + shop.id() + "/inspections/rerun", "from=2026-03-01&to=2026-03-02")
					.header("Authorization", basic("xs-boss")));
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(write.statusCode()).isEqualTo(202);
		assertThat(read.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(write.headers().allValues("Set-Cookie")).isEmpty();

		String sessionCookie = sessionCookieOf(WebSession.signIn(port, "xs-boss", PASSWORD));
		HttpResponse<String> both = send(
				request("/api/v1/me").header("Cookie", sessionCookie).header("Authorization", basic("xs-mei")));
		assertThat(both.body()).contains("\"username\":\"xs-mei\"");
	}

	@Test
	void basicCredentialsSignNobodyInOnPages() {
		HttpResponse<String> page = send(
				request("/shops/" + shop.id() + "/agents").header("Authorization", basic("xs-boss")));

		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValue("/login");
	}

	@Test
	void thePagesScriptsCallTheApiWithTheSessionAndItsCsrfToken() {
		WebSession boss = WebSession.signIn(port, "xs-boss", PASSWORD);
		String body = """
				{"currentPassword": "wrong password", "newPassword": "a new password 1"}""";

		assertThat(boss.postJson("/api/v1/me/password", body, false).status()).isEqualTo(403);
		WebSession.Reply withToken = boss.postJson("/api/v1/me/password", body, true);
		assertThat(withToken.status()).isEqualTo(400);
		assertThat(withToken.body()).contains("currentPassword");
		assertThat(boss.get("/api/v1/me").body()).contains("\"username\":\"xs-boss\"");
	}

	@Test
	void aBrowserIsNeverChallengedForBasicCredentials() {
		HttpResponse<String> typedIntoTheAddressBar = send(
				request("/api/v1/me").header("Accept", "text/html,application/xhtml+xml"));
		HttpResponse<String> pageScript = send(
				request("/api/v1/me").header("Sec-Fetch-Mode", "cors").header("Accept", "application/json"));
		HttpResponse<String> script = send(request("/api/v1/me").header("Accept", "application/json"));

		assertThat(typedIntoTheAddressBar.statusCode()).isEqualTo(401);
		assertThat(typedIntoTheAddressBar.headers().firstValue("WWW-Authenticate")).isEmpty();
		assertThat(pageScript.statusCode()).isEqualTo(401);
		assertThat(pageScript.headers().firstValue("WWW-Authenticate")).isEmpty();
		assertThat(script.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Kefu\"");
	}

	private static String sessionCookieOf(WebSession session) {
		return session.cookie("JSESSIONID");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private HttpRequest.Builder form(String path, String body) {
		return request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private static String basic(String username) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
