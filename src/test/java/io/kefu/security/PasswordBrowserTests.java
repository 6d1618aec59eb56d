package io.kefu.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kefu.demo.DemoShop;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;
import io.kefu.support.DebianChromium;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, on the demo shop: the demo banner on the sign-in and home pages, a person
 * changing their own password, and an administrator's reset that the agent must follow
 * with a password of their own. With {@code -Dkefu.screenshots=DIR} each step is saved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kefu.demo.enabled=true")
class PasswordBrowserTests {

	private static final Pattern RESET = Pattern.compile("新密码是 ([A-Za-z0-9]+)。");

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	DebianChromium chromium;

	ChromeDriver browser;

	Shop shop;

	@BeforeEach
	void startBrowser() {
		shop = shops.findByName(DemoShop.NAME).orElseThrow();
		chromium = DebianChromium.start(1280, 860);
		browser = chromium.driver();
	}

	@AfterEach
	void stopBrowser() {
		chromium.close();
	}

	@Test
	void theSignInAndHomePagesSayTheDemoPasswordIsPublic() throws IOException {
		open("/login");
		shot("demo-1-login-banner");
		assertThat(browser.findElement(By.cssSelector(".alert-warn")).getText()).contains("kefu-demo", "公开",
				"KEFU_DEMO=false");

		signIn("zhuguan", DemoShop.PASSWORD);
		shot("demo-2-home-banner");
		assertThat(browser.findElement(By.cssSelector("main .alert-warn")).getText()).contains("kefu-demo");
	}

	@Test
	void aPersonChangesTheirOwnPassword() throws IOException {
		signIn("peixun", DemoShop.PASSWORD);
		chromium.clickAndAwaitNextPage(By.cssSelector(".user a.user-name"));
		type("currentPassword", DemoShop.PASSWORD);
		type("newPassword", "短密码");
		type("repeated", "短密码");
		submit();
		shot("password-1-too-short");
		assertThat(browser.findElement(By.cssSelector(".field-error")).getText()).isEqualTo("至少 12 个字符");

		type("currentPassword", DemoShop.PASSWORD);
		type("newPassword", "培训室的灯要换了 2026");
		type("repeated", "培训室的灯要换了 2026");
		submit();
		shot("password-2-changed");

		assertThat(browser.getCurrentUrl()).endsWith("/");
		assertThat(browser.findElement(By.cssSelector(".page-notice .alert-info")).getText())
			.isEqualTo("密码已修改，你在其他地方的登录已失效。");
	}

	@Test
	void anAgentWhosePasswordAnAdministratorResetMustChooseTheirOwn() throws IOException {
		Agent xiaoyu = staff.findByUsername("xiaoyu").orElseThrow();
		signIn("admin", "admin-test-password");
		open("/shops/" + shop.id() + "/agents/" + xiaoyu.id() + "/edit");
		chromium.clickAndAwaitNextPage(By.xpath("//button[text()='重置密码']"));
		shot("reset-1-admin-sees-the-password-once");
		Matcher shown = RESET.matcher(browser.findElement(By.cssSelector("main .alert-warn")).getText());
		assertThat(shown.find()).isTrue();
		String temporary = shown.group(1);
		chromium.clickAndAwaitNextPage(By.cssSelector(".user button"));

		signIn("xiaoyu", DemoShop.PASSWORD);
		assertThat(browser.findElement(By.cssSelector(".alert-error")).getText()).isEqualTo("用户名或密码错误");
		signIn("xiaoyu", temporary);
		shot("reset-2-agent-must-change");
		assertThat(browser.getCurrentUrl()).endsWith("/me/password");
		open("/shops/" + shop.id() + "/workbench");
		assertThat(browser.getCurrentUrl()).endsWith("/me/password");
		type("currentPassword", temporary);
		type("newPassword", "小雨自己的新密码");
		type("repeated", "小雨自己的新密码");
		submit();
		assertThat(browser.findElement(By.cssSelector(".field-error")).getText()).isEqualTo("至少 12 个字符");
		type("currentPassword", temporary);
		type("newPassword", "小雨自己选的新密码很长很好");
		type("repeated", "小雨自己选的新密码很长很好");
		submit();
		shot("reset-3-agent-chose-their-own");

		open("/shops/" + shop.id() + "/workbench");
		assertThat(browser.getCurrentUrl()).endsWith("/workbench");
	}

	private void signIn(String username, String password) {
		open("/login");
		browser.findElement(By.name("username")).sendKeys(username);
		browser.findElement(By.name("password")).sendKeys(password);
		chromium.clickAndAwaitNextPage(By.cssSelector("button[type=submit]"));
	}

	private void type(String field, String text) {
		browser.findElement(By.id(field)).clear();
		browser.findElement(By.id(field)).sendKeys(text);
	}

	private void submit() {
		chromium.clickAndAwaitNextPage(By.cssSelector(".form-actions button"));
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private void shot(String name) throws IOException {
		String dir = System.getProperty("kefu.screenshots");
		if (dir != null && !dir.isBlank()) {
			chromium.saveScreenshot(Files.createDirectories(Path.of(dir)), name);
		}
	}

}
