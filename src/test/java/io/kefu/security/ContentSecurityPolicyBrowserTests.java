package io.kefu.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.kefu.demo.DemoShop;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.support.DebianChromium;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pages' Content-Security-Policy refuses inline script and style: Chromium walks
 * every page of the demo shop, the buyer's chat page and Swagger UI, and reads its
 * console for anything the policy refused, since a refused script breaks a page without a
 * word.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kefu.demo.enabled=true")
class ContentSecurityPolicyBrowserTests {

	/** How long deferred scripts get to run after the load event. */
	private static final Duration SCRIPTS_RUN = Duration.ofMillis(400);

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	DebianChromium chromium;

	ChromeDriver browser;

	Shop shop;

	@BeforeEach
	void startBrowser() {
		shop = shops.findByName(DemoShop.NAME).orElseThrow();
		chromium = DebianChromium.start(1400, 900);
		browser = chromium.driver();
	}

	@AfterEach
	void stopBrowser() {
		chromium.close();
	}

	@Test
	void noStaffPageRunsAnythingThePolicyRefuses() {
		String home = "/shops/" + shop.id();
		long product = products.inShop(shop.id()).get(0).id().value();
		List<String> refused = new ArrayList<>();
		refused.addAll(visit("/login"));
		signIn("zhuguan", DemoShop.PASSWORD);
		for (String page : List.of("/", home, home + "/products", home + "/products/" + product,
				home + "/products/" + product + "/edit", home + "/agents", home + "/agents/new", home + "/scripts",
				home + "/scripts/new", home + "/imports", home + "/figures", home + "/figures/mine",
				home + "/figures/receptions", home + "/figures/orders", home + "/figures/settings", home + "/quality",
				home + "/quality/rules", home + "/remark-tasks", home + "/workbench", home + "/live", "/me/password")) {
			refused.addAll(visit(page));
		}

		assertThat(refused).isEmpty();
		// the week, not today: just after the shop's midnight today has no receptions yet
		// and
		// the page draws no chart; the chart comes once its script has run, later on a
		// busy
		// machine
		open(home + "/figures?period=WEEK");
		chromium.awaitUpTo(Duration.ofSeconds(15))
			.until(driver -> !driver.findElements(By.cssSelector("#conversion-chart canvas")).isEmpty());
	}

	@Test
	void aFormThatAsksForConfirmationStillAsks() {
		signIn("zhuguan", DemoShop.PASSWORD);
		open("/shops/" + shop.id() + "/scripts");
		// the script groups are folded: follow the first script's edit link without
		// unfolding its group
		browser.get(browser.findElement(By.cssSelector("a[href$='/edit']")).getDomProperty("href"));
		String page = browser.getCurrentUrl();

		browser.findElement(By.cssSelector(".delete-form button")).click();
		chromium.awaitUpTo(Duration.ofSeconds(5))
			.until(driver -> org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent().apply(driver));
		browser.switchTo().alert().dismiss();

		assertThat(browser.getCurrentUrl()).isEqualTo(page);
		assertThat(chromium.consoleMessages()).noneMatch(ContentSecurityPolicyBrowserTests::refusedByPolicy);
	}

	@Test
	void theChatPageAndSwaggerUiRunNothingThePolicyRefuses() {
		List<String> refused = new ArrayList<>(visit("/chat/" + shop.id()));
		signIn("admin", "admin-test-password");
		refused.addAll(visit("/swagger-ui/index.html"));
		chromium.awaitUpTo(Duration.ofSeconds(10))
			.until(driver -> !driver.findElements(By.cssSelector(".opblock")).isEmpty());
		refused.addAll(chromium.consoleMessages()
			.stream()
			.filter(ContentSecurityPolicyBrowserTests::refusedByPolicy)
			.toList());

		assertThat(refused).isEmpty();
	}

	/** The policy's refusals the page logged once loaded and while its scripts ran. */
	private List<String> visit(String path) {
		open(path);
		chromium.awaitUpTo(Duration.ofSeconds(10))
			.until(driver -> "complete"
				.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
		// deferred scripts draw charts and connect after the load event: the page has to
		// stay free of refusals for a while after it, not only at that moment
		List<String> refused = new ArrayList<>();
		try {
			await().during(SCRIPTS_RUN)
				.atMost(SCRIPTS_RUN.multipliedBy(5))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> {
					refused.addAll(refusals(path));
					return refused.isEmpty();
				});
		}
		catch (ConditionTimeoutException ex) {
			// a refusal came: the caller's assertion names it
		}
		return refused;
	}

	/** The refusals logged since the last look (reading the browser's log empties it). */
	private List<String> refusals(String path) {
		return chromium.consoleMessages()
			.stream()
			.filter(ContentSecurityPolicyBrowserTests::refusedByPolicy)
			.map(message -> path + ": " + message)
			.toList();
	}

	static boolean refusedByPolicy(String message) {
		return message.contains("Content Security Policy") || message.contains("Refused to");
	}

	private void signIn(String username, String password) {
		open("/login");
		browser.findElement(By.name("username")).sendKeys(username);
		browser.findElement(By.name("password")).sendKeys(password);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

}
