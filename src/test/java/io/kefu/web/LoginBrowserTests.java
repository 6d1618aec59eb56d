package io.kefu.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.kefu.PageTestData;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.shop.Products;
import io.kefu.staff.Staff;

import io.kefu.support.DebianChromium;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium signs in as the demo supervisor and reads the catalogue in Chinese.
 * The driver and browser paths are given explicitly so that Selenium Manager never
 * downloads anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	@Autowired
	Products products;

	Shop shop;

	WebDriver browser;

	DebianChromium chromium;

	@BeforeEach
	void startBrowser() throws IOException {
		shop = shops.findByName("视谱台灯旗舰店").orElseGet(() -> {
			Shop opened = PageTestData.openShop(shops, staff, "视谱台灯旗舰店", "");
			PageTestData.addDeskLamp(products, opened.id());
			return opened;
		});
		chromium = DebianChromium.start(1280, 900);
		browser = chromium.driver();
	}

	@AfterEach
	void stopBrowser() {
		chromium.close();
	}

	@Test
	void supervisorSignsInAndSeesTheProductListInChinese() {
		signIn("zhuguan", PageTestData.PASSWORD);
		browser.findElement(By.cssSelector(".nav-group[data-group=settings] summary")).click();
		browser.findElement(By.linkText("商品")).click();

		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("商品");
		assertThat(browser.findElement(By.cssSelector("table")).getText()).contains("视谱 LED 护眼台灯 Pro", "国AA级照度");
		assertThat(browser.getCurrentUrl()).endsWith("/shops/" + shop.id() + "/products");
	}

	@Test
	void wrongPasswordIsRefusedWithoutSayingWhichPart() {
		signIn("zhuguan", "wrong-password");

		assertThat(browser.findElement(By.cssSelector(".alert-error")).getText()).isEqualTo("用户名或密码错误");
	}

	/**
	 * Not a check: with {@code -Dkefu.screenshots=DIR} it saves the main pages for a
	 * person to look at.
	 */
	@Test
	@EnabledIfSystemProperty(named = "kefu.screenshots", matches = ".+")
	void takeScreenshots() throws IOException {
		Path dir = Files.createDirectories(Path.of(System.getProperty("kefu.screenshots")));
		String shopUrl = "/shops/" + shop.id();
		String productUrl = shopUrl + "/products/"
				+ shops.find(shop.id()).map(s -> products.inShop(s.id()).get(0).id()).orElseThrow();
		for (String lang : new String[] { "zh_CN", "en" }) {
			open("/login?lang=" + lang);
			chromium.saveScreenshot(dir, lang + "-1-login");
			signIn("zhuguan", "wrong");
			chromium.saveScreenshot(dir, lang + "-2-login-error");
			signIn("zhuguan", PageTestData.PASSWORD);
			chromium.saveScreenshot(dir, lang + "-3-home");
			open(shopUrl + "/products");
			chromium.saveScreenshot(dir, lang + "-4-products");
			open(productUrl);
			chromium.saveScreenshot(dir, lang + "-5-product");
			open(productUrl + "/edit");
			browser.findElement(By.id("title")).clear();
			browser.findElement(By.id("skus0.price")).clear();
			browser.findElement(By.id("skus0.price")).sendKeys("-5");
			browser.findElement(By.cssSelector(".form-actions button")).click();
			chromium.saveScreenshot(dir, lang + "-6-product-edit-error");
			browser.findElement(By.id("title")).sendKeys("视谱 LED 护眼台灯 Pro");
			browser.findElement(By.id("skus0.price")).clear();
			browser.findElement(By.id("skus0.price")).sendKeys("299");
			browser.findElement(By.cssSelector(".form-actions button")).click();
			chromium.saveScreenshot(dir, lang + "-6-product-saved");
			open(shopUrl + "/agents");
			chromium.saveScreenshot(dir, lang + "-7-agents");
			open(shopUrl + "/agents/new");
			browser.findElement(By.id("displayName")).sendKeys("小美");
			browser.findElement(By.id("nickname")).sendKeys("小美");
			browser.findElement(By.cssSelector(".form-actions button")).click();
			chromium.saveScreenshot(dir, lang + "-8-agent-new-error");
			open(shopUrl + "/products/999999");
			chromium.saveScreenshot(dir, lang + "-9-not-found");
			open("/shops/999999/products");
			chromium.saveScreenshot(dir, lang + "-9-forbidden");
			browser.findElement(By.cssSelector(".user button")).click();
			chromium.saveScreenshot(dir, lang + "-10-logged-out");
		}
	}

	private void signIn(String username, String password) {
		if (!browser.getCurrentUrl().contains("/login")) {
			open("/login");
		}
		browser.findElement(By.name("username")).sendKeys(username);
		browser.findElement(By.name("password")).sendKeys(password);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

}
