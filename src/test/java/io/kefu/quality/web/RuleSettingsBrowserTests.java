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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor opens 质检规则 from the navigation's 更多 menu in Debian's Chromium, turns a
 * rule off, saves and finds it off after a reload.
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
	void aSupervisorTurnsARuleOffAndFindsItOffAfterAReload() {
		chromium = DebianChromium.start(1280, 900);
		browser = chromium.driver();
		signIn("rulesb-zhuguan");
		browser.findElement(By.cssSelector(".nav-group[data-group=quality] summary")).click();
		browser.findElement(By.linkText("质检规则")).click();
		WebElement card = browser.findElement(By.id("rule-MODAL_PARTICLE"));
		assertThat(card.findElement(By.tagName("h2")).getText()).isEqualTo("句尾语气词");
		assertThat(checkbox(card).isSelected()).isTrue();

		card.findElement(By.cssSelector(".switch")).click();
		card.findElement(By.cssSelector("button.button-primary")).click();

		chromium.awaitUpTo(Duration.ofSeconds(10))
			.until(driver -> driver.findElement(By.id("rule-MODAL_PARTICLE")).getText().contains("已保存“句尾语气词”"));
		browser.navigate().refresh();
		WebElement reloaded = browser.findElement(By.id("rule-MODAL_PARTICLE"));
		assertThat(checkbox(reloaded).isSelected()).isFalse();
		assertThat(reloaded.getText()).contains("已关闭", "已修改").doesNotContain("已保存");
		assertThat(rules.of(shop.id()).rule(Rule.MODAL_PARTICLE))
			.isEqualTo(InspectionSettings.DEFAULTS.rule(Rule.MODAL_PARTICLE).withEnabled(false));
		assertThat(checkbox(browser.findElement(By.id("rule-LONE_SYLLABLE"))).isSelected()).isTrue();
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
		WebElement extreme = browser.findElement(By.id("rule-EXTREME_WORDS"));
		WebElement weight = extreme.findElement(By.name("weight"));
		weight.clear();
		weight.sendKeys("25");
		extreme.findElement(By.cssSelector("button.button-primary")).click();
		chromium.saveScreenshot(dir, "quality-rules-zh-saved");
		WebElement rude = browser.findElement(By.id("rule-RUDE"));
		WebElement rudeWeight = rude.findElement(By.name("weight"));
		rudeWeight.clear();
		rudeWeight.sendKeys("200");
		rude.findElement(By.cssSelector("button.button-primary")).click();
		chromium.saveScreenshot(dir, "quality-rules-zh-refused");
		open("/shops/" + shop.id() + "/quality/rules?lang=en");
		chromium.saveScreenshot(dir, "quality-rules-en");
		open("/shops/" + shop.id() + "/quality/rules?lang=zh_CN");
		rules.reset(shop.id(), Rule.EXTREME_WORDS, staff.findByUsername("rulesb-zhuguan").orElseThrow().id());
	}

	private static WebElement checkbox(WebElement card) {
		return card.findElement(By.name("enabled"));
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
