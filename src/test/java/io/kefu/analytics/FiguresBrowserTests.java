package io.kefu.analytics;

import java.nio.file.Path;
import java.time.Duration;

import io.kefu.access.Role;
import io.kefu.ingest.Imports;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor in Debian's Chromium reads an imported day on the dashboard, sees the
 * charts drawn, and follows a number down to one reception.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FiguresBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	FigureRecompute recompute;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	Imports imports;

	@TempDir
	Path files;

	Shop shop;

	String boss;

	Agent mei;

	DebianChromium chromium;

	ChromeDriver browser;

	@BeforeEach
	void importADayAndStartTheBrowser() throws Exception {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		shop = fixture.shop("浏览器数据店" + suffix);
		boss = "boss" + suffix;
		fixture.account(shop, boss, Role.SUPERVISOR);
		mei = fixture.account(shop, "mei" + suffix, Role.PRE_SALES);
		Agent jie = fixture.account(shop, "jie" + suffix, Role.PRE_SALES);
		FigureDay.importInto(imports, shop, files, mei.username(), jie.username());
		recompute.runQueued();
		chromium = DebianChromium.start(1500, 1000);
		browser = chromium.driver();
	}

	@AfterEach
	void stopBrowser() {
		chromium.close();
	}

	@Test
	void aSupervisorFollowsTheInquiriesThatPaidDownToTheReception() {
		open("/login");
		browser.findElement(By.name("username")).sendKeys(boss);
		browser.findElement(By.name("password")).sendKeys(ShopFixture.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		open("/shops/" + shop.id() + "/figures?period=RANGE&from=2026-03-02&to=2026-03-02");

		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("客服数据");
		chromium.awaitUpTo(Duration.ofSeconds(10))
			.until(driver -> !driver.findElements(By.cssSelector("#conversion-chart canvas")).isEmpty()
					&& !driver.findElements(By.cssSelector("#response-chart canvas")).isEmpty()
					&& !driver.findElements(By.cssSelector("#sales-chart canvas")).isEmpty()
					&& !driver.findElements(By.cssSelector("#hours-chart canvas")).isEmpty());
		String meiRow = browser.findElement(By.xpath("//tr[td[1][contains(., '" + mei.username() + "')]]")).getText();
		assertThat(meiRow).contains("1分40秒", "2分30秒", "378.00");
		assertThat(browser.findElement(By.xpath("//tr[td[1][contains(., '" + mei.username() + "')]]/td[1]")).getText())
			.isEqualTo(mei.username());

		browser.findElement(By.xpath("//tr[td[1][contains(., '" + mei.username() + "')]]/td[14]/a")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("接待明细");
		assertThat(browser.findElement(By.cssSelector("tbody")).getText()).contains("买家甲", "1930679858100001");

		browser.findElement(By.cssSelector("tbody tr td a")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("接待详情");
		assertThat(browser.findElement(By.cssSelector(".runs")).getText()).contains("1分40秒", "3分20秒", "慢响应");
		assertThat(browser.findElement(By.cssSelector(".transcript")).getText()).contains("有白色吗");
	}

	@Test
	void aSupervisorHidesAColumnOfTheWideTableAndFindsItHiddenOnTheNextVisit() {
		open("/login");
		browser.findElement(By.name("username")).sendKeys(boss);
		browser.findElement(By.name("password")).sendKeys(ShopFixture.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		String dashboard = "/shops/" + shop.id() + "/figures?period=RANGE&from=2026-03-02&to=2026-03-02";
		open(dashboard);
		By answerRatio = By.cssSelector("th[data-col=answerRatio]");
		assertThat(browser.findElement(answerRatio).isDisplayed()).isTrue();

		browser.findElement(By.cssSelector(".column-chooser summary")).click();
		browser.findElement(By.cssSelector(".column-chooser input[value=answerRatio]")).click();
		assertThat(browser.findElement(answerRatio).isDisplayed()).isFalse();

		open(dashboard);
		assertThat(browser.findElement(answerRatio).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.cssSelector("th[data-col=receptions]")).isDisplayed()).isTrue();
		Number pageWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth - innerWidth");
		assertThat(pageWidth.intValue()).isLessThanOrEqualTo(0);
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

}
