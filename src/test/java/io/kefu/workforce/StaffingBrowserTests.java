package io.kefu.workforce;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.kefu.access.Role;
import io.kefu.analytics.FigureRecompute;
import io.kefu.customer.Buyers;
import io.kefu.reception.Messages;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor in Debian's Chromium opens 排班需求 from the 更多 menu, reads the chart of a
 * Monday (columns at the busy hours, none at night), and sets a promotion day that raises
 * the columns.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffingBrowserTests {

	private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	Buyers buyers;

	@Autowired
	Messages messages;

	@Autowired
	FigureRecompute recompute;

	Shop shop;

	Agent boss;

	DebianChromium chromium;

	ChromeDriver browser;

	@BeforeEach
	void historyAndBrowser() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		shop = fixture.shop("排班浏览店" + suffix);
		boss = fixture.account(shop, "pbb-boss" + suffix, Role.SUPERVISOR);
		Agent mei = fixture.account(shop, "pbb-mei" + suffix, Role.PRE_SALES);
		Agent jie = fixture.account(shop, "pbb-jie" + suffix, Role.PRE_SALES);
		ChatHistory history = new ChatHistory(buyers, messages, shop, List.of(mei, jie));
		for (int week = 1; week <= 4; week++) {
			LocalDate monday = MONDAY.minusWeeks(week);
			history.chats(monday, LocalTime.of(9, 30), 20)
				.chats(monday, LocalTime.of(10, 0), 28 + week)
				.chats(monday, LocalTime.of(14, 0), 12)
				.chats(monday, LocalTime.of(20, 30), 25);
		}
		recompute.runQueued();
		chromium = DebianChromium.startWithoutJavaScript(1366, 1400);
		browser = chromium.driver();
	}

	@AfterEach
	void stopBrowser() {
		chromium.close();
	}

	@Test
	void aSupervisorReadsTheNeedAndSetsAPromotionDay() throws IOException {
		signIn();
		open("/shops/" + shop.id() + "?lang=zh_CN");
		browser.findElement(By.cssSelector(".nav-group[data-group=team] summary")).click();
		browser.findElement(By.linkText("排班需求")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("排班需求");

		open("/shops/" + shop.id() + "/staffing?day=" + MONDAY);
		List<WebElement> columns = browser.findElements(By.cssSelector(".staffing-chart rect.need"));
		assertThat(columns).hasSize(48);
		assertThat(height(columns.get(20))).isGreaterThan(height(columns.get(28))).isGreaterThan(0);
		int ordinary = neededAtTen();
		assertThat(height(columns.get(6))).isZero();
		screenshot("staffing-zh");

		WebElement promotions = browser.findElement(By.name("promotions"));
		promotions.sendKeys(MONDAY + " ×5");
		browser.findElement(By.cssSelector(".staffing-settings button.button-primary")).click();

		assertThat(browser.findElement(By.cssSelector(".alert-info")).getText()).contains("已保存");
		assertThat(browser.findElement(By.cssSelector(".tag.promotion")).getText()).contains("× 5");
		assertThat(neededAtTen()).isGreaterThan(ordinary * 3);
		screenshot("staffing-zh-promotion");
		open("/shops/" + shop.id() + "/staffing?day=" + MONDAY + "&lang=en");
		screenshot("staffing-en-promotion");
	}

	/** The table's agents needed from 10:00. */
	private int neededAtTen() {
		WebElement row = browser.findElement(By.cssSelector(".staffing-table tbody tr:nth-child(21)"));
		assertThat(row.findElement(By.tagName("td")).getText()).isEqualTo("10:00");
		return Integer.parseInt(row.findElement(By.cssSelector("td.needed")).getText());
	}

	/** A column's height in percent of the chart, as the page drew it. */
	private static double height(WebElement column) {
		return Double.parseDouble(column.getAttribute("height").replace("%", ""));
	}

	private void screenshot(String name) throws IOException {
		String dir = System.getProperty("kefu.screenshots");
		if (dir != null && !dir.isBlank()) {
			chromium.saveScreenshot(Files.createDirectories(Path.of(dir)), name);
		}
	}

	private void signIn() {
		open("/login");
		browser.findElement(By.name("username")).sendKeys(boss.username());
		browser.findElement(By.name("password")).sendKeys(ShopFixture.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

}
