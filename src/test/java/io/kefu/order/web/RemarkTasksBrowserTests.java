package io.kefu.order.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.kefu.PageTestData;
import io.kefu.access.Role;
import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.order.Flag;
import io.kefu.order.Order;
import io.kefu.order.OrderItem;
import io.kefu.order.OrderNo;
import io.kefu.order.Orders;
import io.kefu.order.RemarkForm;
import io.kefu.order.RemarkKind;
import io.kefu.order.RemarkTask;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;
import io.kefu.support.DebianChromium;
import io.kefu.support.ShopFixture;

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
 * The order clerk signs in to Debian's Chromium, opens the list from the navigation and
 * marks a red-flagged remark done, with htmx and without JavaScript.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RemarkTasksBrowserTests {

	private static final Instant CREATED = Instant.parse("2026-11-21T06:00:00Z");

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
	Orders orders;

	Shop shop;

	DebianChromium chromium;

	WebDriver browser;

	@BeforeEach
	void openShop() {
		shop = shops.findByName("打单浏览器测试店").orElseGet(() -> {
			Shop opened = PageTestData.openShop(shops, staff, "打单浏览器测试店", "rb-");
			new ShopFixture(shops, products, staff).account(opened, "rb-dandan", Role.ORDER_CLERK);
			buyers.recognise(opened.id(), "tb_lin_xiaojie", CREATED);
			return opened;
		});
	}

	@AfterEach
	void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void theClerkMarksARedRemarkDoneAndOnlyItsRowChanges() {
		RemarkTask task = remarked("9001", "客户要求修改地址,新地址为:杭州市滨江区", Flag.RED, RemarkKind.ADDRESS);
		remarked("9002", "承诺赠送灯泡一个", Flag.YELLOW, RemarkKind.GIFT);
		start(true);
		signIn("rb-dandan");

		browser.findElement(By.cssSelector(".nav-group[data-group=orders] summary")).click();
		browser.findElement(By.linkText("打单备注")).click();
		WebElement row = browser.findElement(By.id("remark-task-" + task.id()));
		assertThat(row.findElement(By.cssSelector(".flag")).getText()).isEqualTo("红旗");
		assertThat(row.getText()).contains("9001", "tb_lin_xiaojie", "小美 客户要求修改地址,新地址为:杭州市滨江区 2026.11.21");
		String pageUrl = browser.getCurrentUrl();
		row.findElement(By.tagName("button")).click();

		chromium.awaitUpTo(Duration.ofSeconds(10))
			.until(driver -> driver.findElement(By.id("remark-task-" + task.id()))
				.getAttribute("class")
				.contains("remark-done"));
		assertThat(browser.findElement(By.id("remark-task-" + task.id())).getText()).contains("rb-dandan 于");
		assertThat(browser.getCurrentUrl()).isEqualTo(pageUrl);
		assertThat(browser.getPageSource()).contains("承诺赠送灯泡一个");
	}

	@Test
	void withoutJavaScriptTheFormPostsAndTheListSaysWhatWasDone() {
		RemarkTask task = remarked("9003", "顺丰发货", Flag.RED, RemarkKind.COURIER);
		start(false);
		signIn("rb-dandan");
		open("/shops/" + shop.id() + "/remark-tasks");

		browser.findElement(By.id("remark-task-" + task.id())).findElement(By.tagName("button")).click();

		assertThat(browser.findElement(By.cssSelector(".alert-info")).getText()).isEqualTo("已标记为已处理：订单 9003。");
		assertThat(browser.findElements(By.id("remark-task-" + task.id()))).isEmpty();
	}

	/**
	 * Not a check: with {@code -Dkefu.screenshots=DIR} it saves the clerk's list for a
	 * person to look at.
	 */
	@Test
	@EnabledIfSystemProperty(named = "kefu.screenshots", matches = ".+")
	void takeScreenshots() throws IOException {
		Path dir = Files.createDirectories(Path.of(System.getProperty("kefu.screenshots")));
		remarked("9101", "客户拍下黑色,要求修改成白色,已修改妥当", Flag.RED, RemarkKind.ATTRIBUTE);
		remarked("9102", "客户要求发顺丰,已补差价12元", Flag.RED, RemarkKind.COURIER);
		remarked("9103", "承诺赠送台灯收纳袋一个", Flag.YELLOW, RemarkKind.GIFT);
		RemarkTask done = remarked("9104", "发票抬头:杭州视谱科技有限公司", Flag.BLUE, RemarkKind.OTHER);
		start(true);
		signIn("rb-dandan");
		open("/shops/" + shop.id() + "/remark-tasks");
		browser.findElement(By.id("remark-task-" + done.id())).findElement(By.tagName("button")).click();
		chromium.awaitUpTo(Duration.ofSeconds(10))
			.until(driver -> driver.findElement(By.id("remark-task-" + done.id()))
				.getAttribute("class")
				.contains("remark-done"));
		chromium.saveScreenshot(dir, "remarks-zh-open");
		open("/shops/" + shop.id() + "/remark-tasks?status=DONE&lang=en");
		chromium.saveScreenshot(dir, "remarks-en-done");
		open("/shops/" + shop.id() + "/remark-tasks?lang=zh_CN");
	}

	private RemarkTask remarked(String orderNo, String request, Flag flag, RemarkKind kind) {
		long buyerId = buyers.findByNick(shop.id(), "tb_lin_xiaojie").orElseThrow().id().value();
		orders.addAll(List.of(Order.place(shop.id(), OrderNo.of(orderNo), BuyerId.of(buyerId), CREATED,
				List.of(new OrderItem(null, null, "视谱 护眼台灯 A1", "白色 充电款", 1, new BigDecimal("199.00"))),
				BigDecimal.ZERO, new Order.Receiver("林小姐", "13812345678", "浙江省杭州市西湖区文三路 90 号"))));
		Order order = orders.findByNo(shop.id(), OrderNo.of(orderNo)).orElseThrow();
		return orders.addRemark(order.id(), staff.findByUsername("rb-xiaomei").orElseThrow().id(),
				RemarkForm.of("小美", request, LocalDate.of(2026, 11, 21)), flag, kind, CREATED.plusSeconds(600));
	}

	private void start(boolean javaScript) {
		chromium = javaScript ? DebianChromium.start(1280, 900) : DebianChromium.startWithoutJavaScript(1280, 900);
		browser = chromium.driver();
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
