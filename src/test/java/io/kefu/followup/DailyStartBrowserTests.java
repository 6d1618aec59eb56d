package io.kefu.followup;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import io.kefu.access.Role;
import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.order.Order;
import io.kefu.order.OrderItem;
import io.kefu.order.OrderNo;
import io.kefu.order.Orders;
import io.kefu.shop.Product;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;
import io.kefu.support.DebianChromium;
import io.kefu.support.SettableClock;
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
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A pre-sales agent starts the day in Debian's Chromium: the daily start lists
 * yesterday's unpaid order among the abnormal ones and its reminder as due and overdue;
 * one click opens the reminder with its filled script, and recording the first message
 * moves it to its second step.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FollowupTestClock.class)
class DailyStartBrowserTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

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

	@Autowired
	Followups followups;

	@Autowired
	SettableClock clock;

	Shop shop;

	Agent mei;

	Product lamp;

	DebianChromium chromium;

	WebDriver browser;

	@BeforeEach
	void openShop() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime());
		shop = fixture.shop("开工店" + suffix);
		mei = fixture.account(shop, "kg-mei" + suffix, Role.PRE_SALES);
		lamp = fixture.lamp(shop, "视谱 护眼台灯 A1");
		clock.set(LocalDateTime.parse("2026-12-07T10:00").atZone(SHANGHAI).toInstant());
	}

	@AfterEach
	void stop() {
		if (chromium != null) {
			chromium.close();
		}
		clock.set(FollowupTestClock.MORNING);
	}

	@Test
	void theAgentOpensYesterdaysOverdueReminderFromTheDailyStartAndRecordsTheFirstMessage() {
		Order order = placedYesterday("7101" + System.nanoTime() % 100000, "tb_chen");
		start(true);
		signIn(mei);

		browser.findElement(By.cssSelector(".nav-group[data-group=followups] summary")).click();
		browser.findElement(By.linkText("今日开工")).click();
		assertThat(browser.findElement(By.id("abnormal")).getText()).contains(order.orderNo().value(), "未付款");
		assertThat(browser.findElement(By.id("unpaid")).getText()).contains("昨天 1 笔订单需要催付");
		WebElement due = browser.findElement(By.id("due"));
		assertThat(due.getText()).contains(order.orderNo().value(), "tb_chen", "超时", "售前组");
		chromium.clickAndAwaitNextPage(By.linkText("① 第一次旺旺留言"));

		String script = browser.findElement(By.cssSelector(".script-text")).getAttribute("value");
		assertThat(script).contains("视谱 护眼台灯 A1", "护眼无频闪");
		chromium.clickAndAwaitNextPage(By.cssSelector(".touch button[type=submit]"));

		assertThat(browser.findElement(By.cssSelector(".alert-info")).getText())
			.isEqualTo("订单 " + order.orderNo().value() + " 的跟进已记录。");
		WebElement row = browser.findElement(By.cssSelector("tr.opened"));
		assertThat(row.findElements(By.cssSelector(".steps li.done"))).hasSize(1);
		assertThat(row.getText()).contains(mei.displayName());
		assertThat(browser.findElement(By.cssSelector(".touch button[type=submit]")).getText())
			.isEqualTo("记录 ② 第二次旺旺留言");
	}

	@Test
	void withoutJavaScriptARefusedCallSaysWhyAndRecordsNothing() {
		Order order = placedYesterday("7102" + System.nanoTime() % 100000, "tb_lu");
		Followup task = awaitReminder(order);
		followups.touch(task.id(), new TouchRequest(Channel.MESSAGE, TouchOutcome.SENT_IN_CLIENT, null, null), mei.id(),
				clock.instant());
		followups.touch(task.id(), new TouchRequest(Channel.MESSAGE, TouchOutcome.SENT_IN_CLIENT, null, null), mei.id(),
				clock.instant());
		clock.set(LocalDateTime.parse("2026-12-07T12:00").atZone(SHANGHAI).toInstant());
		start(false);
		signIn(mei);
		open("/shops/" + shop.id() + "/followups?open=" + task.id());

		browser.findElement(By.cssSelector(".touch button[type=submit]")).click();

		assertThat(browser.findElement(By.cssSelector(".alert-error")).getText()).contains("不在通话时间内");
		assertThat(followups.find(task.id()).orElseThrow().step()).isEqualTo(2);
	}

	/**
	 * Not a check: with {@code -Dkefu.screenshots=DIR} it saves the daily start and the
	 * follow-up list for a person to look at.
	 */
	@Test
	@EnabledIfSystemProperty(named = "kefu.screenshots", matches = ".+")
	void takeScreenshots() throws IOException {
		Path dir = Files.createDirectories(Path.of(System.getProperty("kefu.screenshots")));
		Order order = placedYesterday("7103" + System.nanoTime() % 100000, "tb_xu");
		placedYesterday("7104" + System.nanoTime() % 100000, "tb_he");
		start(true);
		signIn(mei);
		open("/shops/" + shop.id() + "/today");
		chromium.saveScreenshot(dir, "today-zh");
		open("/shops/" + shop.id() + "/followups?open=" + awaitReminder(order).id());
		chromium.saveScreenshot(dir, "followups-zh");
		open("/shops/" + shop.id() + "/today?lang=en");
		chromium.saveScreenshot(dir, "today-en");
		open("/shops/" + shop.id() + "/today?lang=zh_CN");
	}

	private Order placedYesterday(String orderNo, String nick) {
		Instant placed = LocalDateTime.parse("2026-12-06T20:00").atZone(SHANGHAI).toInstant();
		BuyerId buyer = buyers.recognise(shop.id(), nick, placed).id();
		orders.addAll(List.of(Order.place(shop.id(), OrderNo.of(orderNo), buyer, placed,
				List.of(new OrderItem(lamp.id(), null, lamp.title(), "白色 充电款", 1, new BigDecimal("199.00"))),
				BigDecimal.ZERO, new Order.Receiver("陈先生", "13912345678", "上海市徐汇区漕溪北路 88 号"))));
		Order order = orders.findByNo(shop.id(), OrderNo.of(orderNo)).orElseThrow();
		awaitReminder(order);
		return order;
	}

	private Followup awaitReminder(Order order) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> followups.list(FollowupQuery.ofShop(shop.id()))
				.stream()
				.filter(task -> order.id().equals(task.orderId()))
				.findFirst(), found -> found.isPresent())
			.orElseThrow();
	}

	private void start(boolean javaScript) {
		chromium = javaScript ? DebianChromium.start(1366, 768) : DebianChromium.startWithoutJavaScript(1366, 768);
		browser = chromium.driver();
	}

	private void signIn(Agent agent) {
		open("/login");
		browser.findElement(By.name("username")).sendKeys(agent.username());
		browser.findElement(By.name("password")).sendKeys(ShopFixture.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

}
