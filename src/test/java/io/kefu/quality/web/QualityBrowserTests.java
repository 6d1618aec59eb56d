package io.kefu.quality.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.kefu.ingest.Imports;
import io.kefu.quality.Inspections;
import io.kefu.quality.ReviewedReception;
import io.kefu.shop.Products;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;
import io.kefu.support.DebianChromium;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium: a supervisor opens the lowest-scored reception from the quality
 * page and marks a hit wrong, without JavaScript, and the score goes up; the agent
 * disputes a hit of their own reception with a reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QualityBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	Imports imports;

	@Autowired
	Inspections inspections;

	@TempDir
	Path files;

	ReviewedReception day;

	DebianChromium chromium;

	ChromeDriver browser;

	@BeforeEach
	void importADay() throws Exception {
		day = ReviewedReception.importInto(shops, products, staff, imports, inspections, files, "质检浏览器店");
	}

	@AfterEach
	void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aSupervisorOpensTheLowestScoreAndMarksAHitWrongWithoutJavaScript() {
		start(DebianChromium.startWithoutJavaScript(1500, 1000));
		signIn(day.boss);
		open("/shops/" + day.shopId() + "/quality?from=2026-03-02&to=2026-03-02");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("质检");

		browser.findElement(By.cssSelector(".inspection-list tbody tr:first-child a")).click();

		chromium.awaitUpTo(Duration.ofSeconds(10))
			.until(driver -> driver.findElement(By.tagName("h1")).getText().equals("质检详情"));
		assertThat(score()).isEqualTo("57");
		WebElement hit = hit("OFF_PLATFORM");
		assertThat(hit.getText()).contains("引导站外交易", "严重", "扣 30 分");
		assertThat(browser.findElement(By.xpath("//li[.//li[@data-rule='OFF_PLATFORM']]")).getAttribute("class"))
			.contains("sev-SEVERE");
		hit.findElement(By.cssSelector("button.mark-wrong")).click();

		chromium.awaitUpTo(Duration.ofSeconds(10)).until(driver -> score().equals("87"));
		assertThat(browser.findElement(By.cssSelector(".alert-info")).getText()).contains("误报");
		assertThat(hit("OFF_PLATFORM").getText()).contains("误报", "撤销误报");
	}

	@Test
	void theAgentDisputesAHitWithAReasonOnce() {
		start(DebianChromium.start(1500, 1000));
		signIn(day.mei.username());
		open("/shops/" + day.shopId() + "/quality?from=2026-03-02&to=2026-03-02");
		browser.findElement(By.cssSelector(".inspection-list tbody tr:first-child a")).click();

		WebElement hit = hit("NO_GREETING");
		assertThat(hit.findElements(By.cssSelector("button.mark-wrong"))).isEmpty();
		hit.findElement(By.cssSelector("details.dispute summary")).click();
		hit.findElement(By.name("reason")).sendKeys("买家只问在不在，我回了在");
		hit.findElement(By.cssSelector("details.dispute button[type=submit]")).click();

		chromium.awaitUpTo(Duration.ofSeconds(10)).until(driver -> hit("NO_GREETING").getText().contains("申诉中"));
		assertThat(hit("NO_GREETING").getText()).contains("买家只问在不在，我回了在");
		assertThat(hit("NO_GREETING").findElements(By.cssSelector("details.dispute"))).isEmpty();
		assertThat(score()).isEqualTo("57");
	}

	/**
	 * Not a check: with {@code -Dkefu.screenshots=DIR} it saves the quality pages for a
	 * person to look at.
	 */
	@Test
	@EnabledIfSystemProperty(named = "kefu.screenshots", matches = ".+")
	void takeScreenshots() throws IOException {
		Path dir = Files.createDirectories(Path.of(System.getProperty("kefu.screenshots")));
		start(DebianChromium.start(1500, 1100));
		signIn(day.mei.username());
		open("/shops/" + day.shopId() + "/quality?from=2026-03-02&to=2026-03-02");
		browser.findElement(By.cssSelector(".inspection-list tbody tr:first-child a")).click();
		String review = browser.getCurrentUrl();
		click(hit("NO_GREETING").findElement(By.cssSelector("details.dispute summary")));
		hit("NO_GREETING").findElement(By.name("reason")).sendKeys("买家只问在不在，我回了在");
		chromium.saveScreenshot(dir, "quality-4-agent-disputing");
		click(hit("NO_GREETING").findElement(By.cssSelector("details.dispute button[type=submit]")));
		chromium.saveScreenshot(dir, "quality-5-agent-disputed");
		browser.findElement(By.cssSelector(".user button")).click();

		signIn(day.boss);
		open("/shops/" + day.shopId() + "/quality?from=2026-03-02&to=2026-03-02");
		chromium.saveScreenshot(dir, "quality-1-overview");
		browser.get(review);
		click(hit("OFF_PLATFORM").findElement(By.cssSelector("button.mark-wrong")));
		click(browser.findElement(By.cssSelector("details.note-form summary")));
		browser.findElement(By.cssSelector("details.note-form textarea")).sendKeys("先问候再回答");
		click(browser.findElement(By.cssSelector("details.note-form button")));
		browser.findElement(By.name("mark.GREETING")).sendKeys("1");
		browser.findElement(By.name("comment")).sendKeys("问好只回了一个在");
		click(browser.findElement(By.cssSelector(".scorecard-form button")));
		browser.findElement(By.name("rating")).sendKeys("2");
		click(browser.findElement(By.cssSelector(".feedback-form button")));
		chromium.saveScreenshot(dir, "quality-2-review");
		browser.get(review + "?lang=en");
		chromium.saveScreenshot(dir, "quality-3-review-en");
		open("/shops/" + day.shopId() + "/quality?from=2026-03-02&to=2026-03-02");
		chromium.saveScreenshot(dir, "quality-6-overview-en");
		browser.get(review + "?lang=zh_CN");
	}

	/** Clicks an element below the sticky top bar. */
	private void click(WebElement element) {
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	private WebElement hit(String rule) {
		return browser.findElement(By.cssSelector("li.hit[data-rule=" + rule + "]"));
	}

	private String score() {
		return browser.findElement(By.id("score")).getText();
	}

	private void start(DebianChromium started) {
		chromium = started;
		browser = started.driver();
	}

	private void signIn(String username) {
		open("/login");
		browser.findElement(By.name("username")).sendKeys(username);
		browser.findElement(By.name("password")).sendKeys(ShopFixture.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

}
