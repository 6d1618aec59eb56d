package io.kefu.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.kefu.access.Role;
import io.kefu.analytics.Figures;
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
 * No text with a control character (but tab, line feed and carriage return) gets in
 * through HTTP: a JSON body, a query parameter, a form field, a path segment or the
 * sign-in form is refused with a 400 that names the field, and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ControlCharacterIntegrationTests {

	private static final String JSON = "application/json";

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	Figures figures;

	Shop shop;

	String boss;

	String settings;

	@BeforeEach
	void openShop() {
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		shop = fixture.shop("控制符店" + suffix);
		boss = "cboss" + suffix;
		fixture.account(shop, boss, Role.SUPERVISOR);
		settings = "/api/v1/shops/" + shop.id() + "/settings/figures";
	}

	@Test
	void aNulInAJsonStringIsRefusedNamingItsPathAndNothingIsStored() {
		Http.Reply refused = api("PUT", settings, settingsWithOwnAccount("内部号\\u0000"));

		assertRefused(refused, "ownAccounts[0]", "U+0000");
		assertThat(figures.settings(shop.id()).ownAccounts()).isEmpty();
	}

	@Test
	void aC1ControlInAJsonStringIsRefusedToo() {
		Http.Reply refused = api("POST", "/api/v1/shops/" + shop.id() + "/script-groups", "{\"name\": \"售前\\u0085\"}");

		assertRefused(refused, "name", "U+0085");
		assertThat(api("GET", "/api/v1/shops/" + shop.id() + "/script-groups", "").json()).isEmpty();
	}

	@Test
	void tabsAndLineBreaksAreText() {
		Http.Reply saved = api("PUT", settings, settingsWithOwnAccount("内部\\t号\\r\\n"));

		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(figures.settings(shop.id()).ownAccounts()).containsExactly("内部\t号\r\n");
	}

	@Test
	void aControlCharacterInAQueryParameterIsRefusedNamingIt() {
		String search = "/api/v1/shops/" + shop.id() + "/scripts/search";

		assertRefused(api("GET", search + "?q=%00", ""), "q", "U+0000");
		assertRefused(api("GET", search + "?q=" + encoded("包邮\u001b[31m"), ""), "q", "U+001B");
	}

	@Test
	void aControlCharacterInAPathSegmentIsRefused() {
		Http.Reply refused = api("POST", "/api/v1/shops/" + shop.id() + "/scripts/by-code/%07/next", "");

		assertRefused(refused, "path", "U+0007");
	}

	@Test
	void aControlCharacterInAFormFieldGetsTheRefusalPageNamingItAndNothingIsStored() {
		Http browser = Http.browser(port).signIn(boss, PASSWORD);
		String page = "/shops/" + shop.id() + "/figures/settings";
		String form = "_csrf=" + browser.csrfToken(page) + "&judgeRule=ORDER_FIRST&validityDays=2&afterSalesDays=3"
				+ "&graceMinutes=30&serviceStart=08:00&serviceEnd=23:00&slowThresholdSeconds=100&filterOwnAccounts=true"
				+ "&filterEmptyChats=true&ownAccounts=" + encoded("内部号\u0001");

		Http.Reply refused = browser.send("POST", page, form, "Content-Type", "application/x-www-form-urlencoded",
				"Accept", "text/html");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("text/html");
		assertThat(refused.body()).contains("“ownAccounts” 的值不被接受").contains("返回首页");
		assertThat(figures.settings(shop.id()).ownAccounts()).isEmpty();
	}

	@Test
	void aControlCharacterInTheSignInFormIsRefusedBeforeAnyoneLooksTheAccountUp() {
		Http browser = Http.browser(port);
		String form = "_csrf=" + browser.csrfToken("/login") + "&username=" + encoded(boss + "\u0000") + "&password="
				+ PASSWORD;

		Http.Reply refused = browser.send("POST", "/login", form, "Content-Type", "application/x-www-form-urlencoded",
				"Accept", "text/html");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("“username” 的值不被接受");
	}

	private Http.Reply api(String method, String path, String body) {
		return Http.to(port)
			.send(method, path, body, "Authorization", Http.basic(boss, PASSWORD), "Accept", JSON, "Content-Type",
					JSON);
	}

	private static String settingsWithOwnAccount(String jsonString) {
		return """
				{"judgeRule": "ORDER_FIRST", "validityDays": 2, "afterSalesDays": 3, "graceMinutes": 30,
				 "serviceStart": "08:00", "serviceEnd": "23:00", "slowThresholdSeconds": 100,
				 "filterOwnAccounts": true, "ownAccounts": ["%s"], "filterEmptyChats": true, "excludedFlags": []}
				""".formatted(jsonString);
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static void assertRefused(Http.Reply reply, String field, String character) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		JsonNode problem = reply.json();
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("instance").asString()).isNotBlank();
		JsonNode error = problem.get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo(field);
		assertThat(error.get("reason").asString()).contains(character);
	}

}
