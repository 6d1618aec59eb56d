package io.kefu.quality.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.kefu.PageTestData;
import io.kefu.quality.InspectionRules;
import io.kefu.quality.InspectionSettings;
import io.kefu.quality.Rule;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;
import io.kefu.support.DebianChromium;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor opens 质检规则 from the navigation's 更多 menu in Debian's Chromium, turns a
 * rule off, saves the page's one form and finds it off after a reload, then restores it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RuleSettingsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	@Autowired
	InspectionRules rules;

	Shop shop;

	DebianChromium chromium;

	WebDriver browser;

	@BeforeEach
	void openShop() {
		shop = shops.findByName("质检规则浏览器测试店")
			.orElseGet(() -> PageTestData.openShop(shops, staff, "质检规则浏览器测试店", "rulesb-"));
	}

	@AfterEach
	void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aSupervisorTurnsARuleOffWithTheOnePageFormAndFindsItOffAfterAReload() {
		chromium = DebianChromium.start(1366, 768);
		browser = chromium.driver();
		signIn("rulesb-zhuguan");
		browser.findElement(By.cssSelector(".nav-group[data-group=quality] summary")).click();
		browser.findElement(By.linkText("质检规则")).click();
		WebElement row = browser.findElement(By.id("rule-MODAL_PARTICLE"));
		assertThat(row.findElement(By.tagName("h3")).getText()).isEqualTo("句尾语气词");
		assertThat(row.getText()).doesNotContain("MODAL_PARTICLE");
		assertThat(checkbox(row).isSelected()).isTrue();
		assertThat(browser.findElements(By.cssSelector("#rules-form button.button-primary"))).hasSize(1);
		// the word lists are folded: the page is a few screens, not fourteen cards
		assertThat(row.findElement(By.tagName("textarea")).isDisplayed()).isFalse();
		assertThat(documentHeight()).isLessThan(3500);
		assertThat(scrollWidth()).isLessThanOrEqualTo(1366);

		row.findElement(By.cssSelector(".switch")).click();
		browser.findElement(By.cssSelector("#rules-form button.button-primary")).click();

		chromium.awaitUpTo(Duration.ofSeconds(10))
			.until(driver -> driver.findElement(By.id("rules-form")).getText().contains("已保存“句尾语气词”"));
		browser.navigate().refresh();
		WebElement reloaded = browser.findElement(By.id("rule-MODAL_PARTICLE"));
		assertThat(checkbox(reloaded).isSelected()).isFalse();
		assertThat(reloaded.getText()).contains("已修改");
		assertThat(browser.findElement(By.id("rules-form")).getText()).doesNotContain("已保存");
		assertThat(rules.of(shop.id()).rule(Rule.MODAL_PARTICLE))
			.isEqualTo(InspectionSettings.DEFAULTS.rule(Rule.MODAL_PARTICLE).withEnabled(false));
		assertThat(rules.of(shop.id()).rule(Rule.LONE_SYLLABLE))
			.isEqualTo(InspectionSettings.DEFAULTS.rule(Rule.LONE_SYLLABLE));
		assertThat(checkbox(browser.findElement(By.id("rule-LONE_SYLLABLE"))).isSelected()).isTrue();

		reloaded.findElement(By.cssSelector(".rule-state button")).click();
		chromium.awaitUpTo(Duration.ofSeconds(10))
			.until(driver -> driver.findElement(By.id("rules-form")).getText().contains("已将“句尾语气词”恢复为默认设置"));
		assertThat(rules.of(shop.id()).rule(Rule.MODAL_PARTICLE))
			.isEqualTo(InspectionSettings.DEFAULTS.rule(Rule.MODAL_PARTICLE));
	}

	private long documentHeight() {
		return (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
	}

	private long scrollWidth() {
		return (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
	}

	/**
	 * Not a check: with {@code -Dkefu.screenshots=DIR} it saves the page for a person to
	 * look at, with a changed rule, a refused save and a queued period.
	 */
	@Test
	@EnabledIfSystemProperty(named = "kefu.screenshots", matches = ".+")
	void takeScreenshots() throws IOException {
		Path dir = Files.createDirectories(Path.of(System.getProperty("kefu.screenshots")));
		chromium = DebianChromium.startWithoutJavaScript(1280, 1800);
		browser = chromium.driver();
		signIn("rulesb-zhuguan");
		open("/shops/" + shop.id() + "/quality/rules");
		chromium.saveScreenshot(dir, "quality-rules-zh-top");
		browser.findElement(By.cssSelector("#rerun button")).click();
		WebElement weight = browser.findElement(By.name("EXTREME_WORDS.weight"));
		weight.clear();
		weight.sendKeys("25");
		browser.findElement(By.cssSelector("#rules-form button.button-primary")).click();
		chromium.saveScreenshot(dir, "quality-rules-zh-saved");
		WebElement rudeWeight = browser.findElement(By.name("RUDE.weight"));
		rudeWeight.clear();
		rudeWeight.sendKeys("200");
		browser.findElement(By.cssSelector("#rules-form button.button-primary")).click();
		chromium.saveScreenshot(dir, "quality-rules-zh-refused");
		open("/shops/" + shop.id() + "/quality/rules?lang=en");
		chromium.saveScreenshot(dir, "quality-rules-en");
		open("/shops/" + shop.id() + "/quality/rules?lang=zh_CN");
		rules.reset(shop.id(), Rule.EXTREME_WORDS, staff.findByUsername("rulesb-zhuguan").orElseThrow().id());
	}

	private static WebElement checkbox(WebElement row) {
		return row.findElement(By.cssSelector("input[type=checkbox]"));
	}

	private void signIn(String username) {
		open("/login");
		browser.findElement(By.name("username")).sendKeys(username);
		browser.findElement(By.name("password")).sendKeys(PageTestData.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

}
