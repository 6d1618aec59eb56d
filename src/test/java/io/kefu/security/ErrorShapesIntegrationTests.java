package io.kefu.security;

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

import tools.jackson.databind.JsonNode;

import static io.kefu.support.ShopFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way a request can go wrong, sent over real HTTP as an attacker would: the API
 * answers each with a problem detail (status, title, detail, instance; {@code errors}
 * naming the parameter when one is to blame), the pages with a friendly page, and none
 * with a 500 or a framework's own JSON or "Whitelabel" page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorShapesIntegrationTests {

	private static final String JSON = "application/json";

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	Shop shop;

	String boss;

	String figures;

	@BeforeEach
	void openShop() {
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		shop = fixture.shop("出错店" + suffix);
		boss = "eboss" + suffix;
		fixture.account(shop, boss, Role.SUPERVISOR);
		figures = "/api/v1/shops/" + shop.id() + "/figures";
	}

	@Test
	void aReversedRangeOfTheFiguresApiIsABadRequestNamingItsEnd() {
		Http.Reply reply = api("GET", figures + "?from=2026-12-05&to=2026-12-01", "");

		assertProblem(reply, 400, figures);
		assertThat(field(reply)).isEqualTo("to");
		assertThat(reply.json().get("detail").asString()).contains("ends (2026-12-01) before it starts (2026-12-05)");
	}

	@Test
	void aRangeLongerThanAYearIsABadRequest() {
		assertProblem(api("GET", figures + "?from=2020-01-01&to=2026-12-01", ""), 400, figures);
	}

	@Test
	void anUnparsableDateIsABadRequestNamingTheParameter() {
		Http.Reply reply = api("GET", figures + "?from=garbage&to=2026-12-01", "");

		assertProblem(reply, 400, figures);
		assertThat(field(reply)).isEqualTo("from");
	}

	@Test
	void aMissingParameterIsABadRequestNamingIt() {
		Http.Reply reply = api("GET", figures + "?from=2026-12-01", "");

		assertProblem(reply, 400, figures);
		assertThat(field(reply)).isEqualTo("to");
	}

	@Test
	void aPathVariableOfTheWrongTypeIsABadRequestNamingIt() {
		Http.Reply reply = api("GET", "/api/v1/shops/abc/figures?from=2026-12-01&to=2026-12-01", "");

		assertProblem(reply, 400, "/api/v1/shops/abc/figures");
		assertThat(field(reply)).isEqualTo("shopId");
	}

	@Test
	void anUnknownApiPathIsNotFoundAsAProblemWhateverTheCallerAccepts() {
		assertProblem(api("GET", "/api/v1/nothing-here", ""), 404, "/api/v1/nothing-here");
		assertProblem(
				Http.to(port).send("GET", "/api/v1/nothing-here", "", "Authorization", auth(), "Accept", "text/html"),
				404, "/api/v1/nothing-here");
	}

	@Test
	void aMethodThePathDoesNotTakeIsAProblemSayingWhichItTakes() {
		Http.Reply reply = api("DELETE", figures + "?from=2026-12-01&to=2026-12-01", "");

		assertProblem(reply, 405, figures);
		assertThat(reply.allow()).containsExactly("GET");
	}

	@Test
	void aBodyOfTheWrongContentTypeIsUnsupported() {
		String settings = "/api/v1/shops/" + shop.id() + "/settings/figures";
		Http.Reply reply = Http.to(port)
			.send("PUT", settings, "validityDays=3", "Authorization", auth(), "Content-Type", "text/plain");

		assertProblem(reply, 415, settings);
	}

	@Test
	void malformedJsonIsABadRequest() {
		String settings = "/api/v1/shops/" + shop.id() + "/settings/figures";

		assertProblem(api("PUT", settings, "{\"validityDays\": "), 400, settings);
	}

	@Test
	void aJsonValueOfTheWrongTypeIsABadRequestNamingItsPath() {
		String settings = "/api/v1/shops/" + shop.id() + "/settings/figures";
		Http.Reply reply = api("PUT", settings, "{\"validityDays\": \"three\"}");

		assertProblem(reply, 400, settings);
		assertThat(field(reply)).isEqualTo("validityDays");
	}

	@Test
	void aPathTheFirewallRefusesIsABadRequestAsAProblem() throws Exception {
		String path = "/api/v1/shops/" + shop.id() + "/../figures";
		Http.Reply reply = Http.to(port).raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n");

		assertProblem(reply, 400, path);
	}

	@Test
	void aRequestTomcatRefusesBeforeKefuSeesItIsStillAProblemOnTheApi() throws Exception {
		String nul = "/api/v1/shops/%00/figures";
		assertProblem(Http.to(port).raw("GET " + nul + " HTTP/1.1\r\nHost: localhost\r\n"), 400, nul);
		assertProblem(Http.to(port).raw("GET " + figures + " HTTP/1.1\r\nHost: bad host\r\n"), 400, figures);
	}

	@Test
	void aStateChangingCallWithASessionButNoFormTokenIsForbiddenAsAProblem() {
		Http browser = Http.browser(port).signIn(boss, PASSWORD);
		String settings = "/api/v1/shops/" + shop.id() + "/settings/figures";

		Http.Reply reply = browser.send("PUT", settings, "{}", "Content-Type", JSON, "Accept", JSON);

		assertProblem(reply, 403, settings);
		assertThat(reply.json().get("detail").asString()).contains("CSRF");
	}

	@Test
	void aFormPostWithoutItsTokenGetsTheForbiddenPage() {
		Http browser = Http.browser(port).signIn(boss, PASSWORD);

		Http.Reply reply = browser.send("POST", "/shops/" + shop.id() + "/figures/settings", "validityDays=3",
				"Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html");

		assertPage(reply, 403);
	}

	@Test
	void aReversedRangeOnTheDashboardGetsTheFriendlyRefusalPage() {
		assertPage(page("/shops/" + shop.id() + "/figures?period=RANGE&from=2026-12-05&to=2026-12-01"), 400);
		assertPage(page("/shops/" + shop.id() + "/figures?period=RANGE&from=2020-01-01&to=2026-12-01"), 400);
		assertPage(page("/shops/" + shop.id() + "/figures/receptions?from=2026-12-05&to=2026-12-01"), 400);
		assertPage(page("/shops/" + shop.id() + "/figures/receptions?from=%2B999999999-12-31&to=%2B999999999-12-31"),
				400);
		assertPage(page("/shops/" + shop.id() + "/figures/orders?from=2026-12-05&to=2026-12-01&filter=SALES"), 400);
	}

	@Test
	void aReversedOrUnparsableRangeOfTheDownloadGetsTheFriendlyRefusalPage() {
		String download = "/shops/" + shop.id() + "/figures.xlsx";

		assertPage(page(download + "?from=2026-12-05&to=2026-12-01"), 400);
		Http.Reply garbage = page(download + "?from=garbage&to=2026-12-01");
		assertPage(garbage, 400);
		assertThat(garbage.body()).contains("“from” 的值不被接受");
		assertThat(page(download + "?from=2026-12-01&to=2026-12-01").contentType())
			.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@Test
	void anUnknownValueOnAPageGetsTheFriendlyRefusalPageNamingTheParameter() {
		Http.Reply reply = page("/shops/" + shop.id() + "/figures?period=NOPE");

		assertPage(reply, 400);
		assertThat(reply.body()).contains("“period” 的值不被接受");
	}

	@Test
	void anUnknownPageAndAMethodAPageDoesNotTakeGetFriendlyPages() {
		assertPage(page("/no-such-page"), 404);
		Http.Reply refused = Http.browser(port)
			.signIn(boss, PASSWORD)
			.send("DELETE", "/shops/" + shop.id() + "/figures", "", "Accept", "text/html");
		assertPage(refused, 405);
	}

	private Http.Reply api(String method, String path, String body) {
		return Http.to(port).send(method, path, body, "Authorization", auth(), "Accept", JSON, "Content-Type", JSON);
	}

	private Http.Reply page(String path) {
		return Http.browser(port).signIn(boss, PASSWORD).send("GET", path, "", "Accept", "text/html");
	}

	private String auth() {
		return Http.basic(boss, PASSWORD);
	}

	private static String field(Http.Reply reply) {
		return reply.json().get("errors").get(0).get("field").asString();
	}

	private static void assertProblem(Http.Reply reply, int status, String instance) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(status);
		assertThat(reply.contentType()).as(reply.body()).startsWith("application/problem+json");
		JsonNode problem = reply.json();
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("detail").asString()).isNotBlank();
		assertThat(problem.get("instance").asString()).isEqualTo(instance);
	}

	/** The layout's page with the error's number, in the interface's language. */
	private static void assertPage(Http.Reply reply, int status) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(status);
		assertThat(reply.contentType()).startsWith("text/html");
		assertThat(reply.body()).contains("class=\"error-code\">" + status + "<")
			.contains("返回首页")
			.doesNotContain("Whitelabel")
			.doesNotContain("Exception");
	}

}
