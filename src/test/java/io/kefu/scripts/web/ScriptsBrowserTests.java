package io.kefu.scripts.web;

import java.time.Duration;
import java.util.List;

import io.kefu.access.Role;
import io.kefu.scripts.ScriptDraft;
import io.kefu.scripts.ScriptGroup;
import io.kefu.scripts.ScriptLibrary;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
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
 * An agent in Debian's Chromium tries the suggestions: htmx swaps the three suggestions
 * into the page without reloading it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScriptsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	ScriptLibrary library;

	Shop shop;

	String mei;

	DebianChromium chromium;

	ChromeDriver browser;

	@BeforeEach
	void stockTheLibraryAndStartTheBrowser() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		shop = fixture.shop("浏览器话术店" + suffix);
		mei = "mei" + suffix;
		fixture.account(shop, mei, Role.PRE_SALES);
		long id = shop.id().value();
		ScriptGroup courier = library.addGroup(ShopId.of(id), "快递");
		library.add(ShopId.of(id), new ScriptDraft(courier.id(), "sf", "发顺丰", List.of("顺丰", "加急"),
				List.of("可以的亲,顺丰需要补差价12元,您拍下后我帮您备注改发顺丰哦")));
		library.add(ShopId.of(id), new ScriptDraft(courier.id(), "kd", "发什么快递", List.of("快递", "哪家"),
				List.of("亲爱的客人,我们这里默认快递是圆通快递,不知道您那边能不能到呢?")));
		chromium = DebianChromium.start(1400, 1000);
		browser = chromium.driver();
	}

	@AfterEach
	void stopBrowser() {
		chromium.close();
	}

	@Test
	void anAgentSeesTheSuggestionsForABuyersMessageWithoutLeavingThePage() {
		open("/login");
		browser.findElement(By.name("username")).sendKeys(mei);
		browser.findElement(By.name("password")).sendKeys(ShopFixture.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		open("/shops/" + shop.id() + "/scripts");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("话术库");
		String page = browser.getCurrentUrl();

		browser.findElement(By.name("text")).sendKeys("能发顺丰吗 着急用");
		browser.findElement(By.cssSelector(".try-form button")).click();

		chromium.awaitUpTo(Duration.ofSeconds(10))
			.until(driver -> !driver.findElements(By.cssSelector(".suggestion-list li")).isEmpty());
		assertThat(browser.findElement(By.cssSelector(".suggestion-list li")).getText()).contains("/sf", "发顺丰",
				"匹配度 100%");
		assertThat(browser.getCurrentUrl()).isEqualTo(page);
	}

	@Test
	void theGroupsAreFoldedAndOpenOnTheirName() {
		open("/login");
		browser.findElement(By.name("username")).sendKeys(mei);
		browser.findElement(By.name("password")).sendKeys(ShopFixture.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		open("/shops/" + shop.id() + "/scripts");
		WebElement group = browser.findElement(By.cssSelector("details.script-group"));
		assertThat(group.findElement(By.cssSelector(".script-list")).isDisplayed()).isFalse();

		group.findElement(By.tagName("summary")).click();

		assertThat(group.findElement(By.cssSelector(".script-list")).isDisplayed()).isTrue();
		assertThat(group.findElement(By.cssSelector(".script")).getText()).isNotBlank();
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

}
