package io.kefu.workforce;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import io.kefu.access.Role;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;
import io.kefu.support.DebianChromium;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor in Debian's Chromium presses 排班, sees the grid fill, sets a cell by hand
 * and publishes; an agent then finds the month with their own row first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RosterBrowserTests {

	private static final YearMonth MONTH = YearMonth.of(2027, 3);

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	Shop shop;

	Agent boss;

	Agent mei;

	DebianChromium chromium;

	ChromeDriver browser;

	@BeforeEach
	void aDepartmentAndABrowser() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		shop = fixture.shop("排班表浏览店" + suffix);
		boss = fixture.account(shop, "rbb-boss" + suffix, Role.SUPERVISOR);
		fixture.account(shop, "rbb-an" + suffix, Role.PRE_SALES);
		fixture.account(shop, "rbb-lu" + suffix, Role.PRE_SALES);
		mei = fixture.account(shop, "rbb-mei" + suffix, Role.PRE_SALES);
		chromium = DebianChromium.start(1366, 900);
		browser = chromium.driver();
	}

	@AfterEach
	void stopBrowser() {
		chromium.close();
	}

	@Test
	void aSupervisorSolvesPinsAndPublishesAndTheAgentReadsTheirRowFirst() throws IOException {
		signIn(boss);
		open("/shops/" + shop.id() + "?lang=zh_CN");
		browser.findElement(By.cssSelector(".nav-group[data-group=team] summary")).click();
		browser.findElement(By.linkText("排班表")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("排班表");
		open("/shops/" + shop.id() + "/rosters/" + MONTH);
		assertThat(browser.findElement(By.cssSelector(".roster-status")).getText()).isEqualTo("未排班");
		assertThat(browser.findElement(By.id("solve-progress")).isDisplayed()).isFalse();

		WebElement seconds = browser.findElement(By.name("seconds"));
		seconds.clear();
		seconds.sendKeys("5");
		browser.findElement(By.id("solve")).click();
		chromium.awaitUpTo(Duration.ofSeconds(90))
			.until(ExpectedConditions.textToBe(By.cssSelector(".roster-status"), "草稿"));
		List<WebElement> cells = browser.findElements(By.cssSelector(".roster-grid td.cell"));
		assertThat(cells).hasSize(3 * MONTH.lengthOfMonth());
		assertThat(cells).noneMatch((cell) -> cell.getAttribute("class").contains("open"));
		assertThat(browser.findElement(By.cssSelector(".score strong")).getText()).isEqualTo("违反规则 0 条");
		screenshot("roster-zh-draft");

		WebElement tenth = browser.findElement(By
			.cssSelector("td.cell[data-agent='" + mei.username() + "'][data-date='" + MONTH.atDay(10) + "'] button"));
		tenth.click();
		chromium.clickAndAwaitNextPage(By.cssSelector("#cell-dialog .choice[data-shift='N']"));
		WebElement pinned = browser.findElement(
				By.cssSelector("td.cell[data-agent='" + mei.username() + "'][data-date='" + MONTH.atDay(10) + "']"));
		assertThat(pinned.getText()).isEqualTo("N");
		assertThat(pinned.getAttribute("class")).contains("pinned");

		chromium.clickAndAwaitNextPage(By.id("publish"));
		assertThat(browser.findElement(By.cssSelector(".roster-status")).getText()).isEqualTo("已发布");
		assertThat(chromium.consoleMessages()).isEmpty();

		browser.manage().deleteAllCookies();
		signIn(mei);
		open("/shops/" + shop.id() + "/rosters/" + MONTH);
		WebElement first = browser.findElement(By.cssSelector(".roster-grid tbody tr"));
		assertThat(first.getAttribute("class")).contains("mine");
		assertThat(first.findElement(By.cssSelector("th.who")).getText()).contains(mei.username());
		assertThat(browser.findElements(By.id("solve"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector(".roster-grid td.cell button"))).isEmpty();
		screenshot("roster-zh-agent");
	}

	private void screenshot(String name) throws IOException {
		String dir = System.getProperty("kefu.screenshots");
		if (dir != null && !dir.isBlank()) {
			chromium.saveScreenshot(Files.createDirectories(Path.of(dir)), name);
		}
	}

	private void signIn(Agent who) {
		open("/login");
		browser.findElement(By.name("username")).sendKeys(who.username());
		browser.findElement(By.name("password")).sendKeys(ShopFixture.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

}
