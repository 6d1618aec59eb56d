package io.kefu.customer.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import io.kefu.access.Role;
import io.kefu.ingest.FileReport;
import io.kefu.ingest.ImportKind;
import io.kefu.ingest.Imports;
import io.kefu.reception.Archive;
import io.kefu.shop.NewShop;
import io.kefu.shop.Platform;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentDraft;
import io.kefu.staff.Certification;
import io.kefu.staff.SkillGroup;
import io.kefu.staff.Staff;
import io.kefu.support.DebianChromium;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium: an agent searches the chat records, opens the hit at its message,
 * goes to the buyer's customer profile, records a call with the etiquette ticked and tags
 * the buyer; the page keeps all of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArchiveAndCustomerBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	@Autowired
	Imports imports;

	@Autowired
	Archive archive;

	@TempDir
	Path files;

	Shop shop;

	String agent;

	DebianChromium chromium;

	ChromeDriver browser;

	@BeforeEach
	void importAChat() throws Exception {
		shop = shops.open(NewShop.of("聊天记录浏览器店" + System.nanoTime(), Platform.TAOBAO));
		agent = "b" + System.nanoTime();
		staff.hire(
				shop.id(), new AgentDraft("小美", agent, Set.of(Role.PRE_SALES), SkillGroup.PRE_SALES,
						Certification.CERTIFIED, null, true),
				Optional.of(new Staff.Credentials(agent, ShopFixture.PASSWORD)));
		Path file = files.resolve("chat.txt");
		Files.writeString(file, """
				2024-03-05
				09:00:01
				亲，发顺丰吗
				tb_wang
				09:00:20
				可以的亲，顺丰需要补差价12元
				%s:小美
				09:01:00
				好的，我的电话13812345678
				tb_wang
				""".formatted(shop.name()), StandardCharsets.UTF_8);
		FileReport report = imports.importFile(shop.id(), file, "chat.txt", ImportKind.CHAT_WEB_HISTORY, false);
		assertThat(report.errors()).isEmpty();
		archive.catchUp();
	}

	@AfterEach
	void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void anAgentFindsAChatOpensItAndRecordsACallOnTheBuyersProfile() {
		chromium = DebianChromium.start(1366, 768);
		browser = chromium.driver();
		signIn(agent);
		open("/shops/" + shop.id() + "/archive");
		browser.findElement(By.name("q")).sendKeys("补差价");
		browser.findElement(By.cssSelector(".archive-search button[type=submit]")).click();

		chromium.awaitUpTo(Duration.ofSeconds(10))
			.until(driver -> driver.findElements(By.cssSelector(".archive-hit mark")).size() == 1);
		assertThat(browser.findElement(By.cssSelector(".archive-hit mark")).getText()).isEqualTo("补差价");
		click(browser.findElement(By.cssSelector(".archive-hit .hit-text")));

		chromium.awaitUpTo(Duration.ofSeconds(10))
			.until(driver -> !driver.findElements(By.cssSelector(".transcript .found")).isEmpty());
		assertThat(browser.findElement(By.cssSelector(".transcript .found")).getText()).contains("顺丰需要补差价12元");
		assertThat(browser.findElement(By.cssSelector(".transcript")).getText()).contains("138****5678")
			.doesNotContain("13812345678");
		click(browser.findElement(By.xpath("//a[contains(@href, '/customers/')]")));

		chromium.awaitUpTo(Duration.ofSeconds(10))
			.until(driver -> driver.findElement(By.tagName("h1")).getText().contains("tb_wang"));
		click(browser.findElement(By.cssSelector("input[name=etiquette][value=INTRODUCED]")));
		click(browser.findElement(By.cssSelector("input[name=etiquette][value=BUYER_HUNG_UP_FIRST]")));
		browser.findElement(By.name("minutes")).clear();
		browser.findElement(By.name("minutes")).sendKeys("3");
		browser.findElement(By.cssSelector(".call-card textarea[name=notes]")).sendKeys("确认顺丰补差价");
		click(browser.findElement(By.cssSelector(".call-card button[type=submit]")));

		chromium.awaitUpTo(Duration.ofSeconds(10))
			.until(driver -> !driver.findElements(By.cssSelector(".alert-info")).isEmpty());
		assertThat(browser.findElement(By.cssSelector(".timeline")).getText()).contains("我们打出", "已接通", "180 秒");
		WebElement tags = browser.findElement(By.name("tags"));
		tags.sendKeys("要发顺丰");
		click(browser.findElement(By.cssSelector(".profile-grid form button[type=submit]")));
		chromium.awaitUpTo(Duration.ofSeconds(10))
			.until(driver -> "要发顺丰".equals(driver.findElement(By.name("tags")).getAttribute("value")));
		assertThat(chromium.consoleMessages()).noneMatch(line -> line.contains("SEVERE"));
	}

	/** Clicks an element below the sticky top bar. */
	private void click(WebElement element) {
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
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
