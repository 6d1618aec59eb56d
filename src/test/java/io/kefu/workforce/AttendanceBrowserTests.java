package io.kefu.workforce;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import io.kefu.access.Role;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium a supervisor opens 考勤 from the 更多 menu and reads the month; an
 * agent finds it in the navigation, which still fits a 1366 px screen, and reads their
 * own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AttendanceBrowserTests {

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
	JdbcClient jdbc;

	Shop shop;

	Agent boss;

	Agent mei;

	Agent jie;

	DebianChromium chromium;

	ChromeDriver browser;

	@BeforeEach
	void aPublishedMarchAndABrowser() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		shop = fixture.shop("考勤浏览店" + suffix);
		boss = fixture.account(shop, "kqb-boss" + suffix, Role.SUPERVISOR);
		mei = fixture.account(shop, "kqb-mei" + suffix, Role.PRE_SALES);
		jie = fixture.account(shop, "kqb-jie" + suffix, Role.PRE_SALES);
		shift(mei, 3);
		desk(mei, 3, "09:20", "ONLINE");
		desk(mei, 3, "17:30", "OFFLINE");
		shift(mei, 4);
		shift(jie, 3);
		desk(jie, 3, "08:50", "ONLINE");
		desk(jie, 3, "17:35", "OFFLINE");
		chromium = DebianChromium.startWithoutJavaScript(1366, 900);
		browser = chromium.driver();
	}

	@AfterEach
	void stopBrowser() {
		chromium.close();
	}

	@Test
	void theSupervisorReadsEveryonesMonthFromTheTeamMenu() throws IOException {
		signIn(boss);
		open("/shops/" + shop.id() + "?lang=zh_CN");
		browser.findElement(By.cssSelector(".nav-group[data-group=team] summary")).click();
		browser.findElement(By.linkText("考勤")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("考勤");

		open("/shops/" + shop.id() + "/attendance?month=2025-03");
		List<WebElement> rows = browser.findElements(By.cssSelector(".attendance-summary tbody tr"));
		assertThat(rows).hasSize(2);
		assertThat(browser.findElement(By.cssSelector(".alert-info")).getText()).contains("主管");
		assertThat(browser.findElement(By.cssSelector("#agent-" + mei.id().value())).getText()).contains("迟到 20 分钟",
				"缺勤");
		screenshot("attendance-zh");
		open("/shops/" + shop.id() + "/attendance?month=2025-03&lang=en");
		screenshot("attendance-en");
	}

	@Test
	void anAgentFindsTheirOwnUnderTheRoster() throws IOException {
		signIn(mei);
		open("/shops/" + shop.id() + "?lang=zh_CN");
		List<WebElement> items = browser.findElements(By.cssSelector("nav.nav > a, nav.nav summary"));
		// the navigation's groups keep to one line on a laptop screen
		WebElement last = items.get(items.size() - 1);
		assertThat(last.getRect().getY()).isEqualTo(items.get(0).getRect().getY());
		assertThat(last.getRect().getX() + last.getRect().getWidth()).isLessThanOrEqualTo(1366);
		browser.findElement(By.cssSelector(".nav-group[data-group=team] summary")).click();
		browser.findElement(By.cssSelector("nav.nav")).findElement(By.linkText("排班表")).click();
		browser.findElement(By.cssSelector(".workforce-tabs")).findElement(By.linkText("考勤")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("我的考勤");

		open("/shops/" + shop.id() + "/attendance?month=2025-03");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("我的考勤");
		assertThat(browser.findElements(By.cssSelector(".attendance-summary tbody tr"))).hasSize(1);
		assertThat(browser.getPageSource()).doesNotContain(jie.username());
		screenshot("attendance-agent-zh");
	}

	private void shift(Agent agent, int day) {
		jdbc.sql("""
				insert into roster_published_cell (shop_id, month, agent_id, day, shift_code, shift_name, starts_at,
				ends_at) values (?, ?, ?, ?, 'D', '白班', '09:00', '17:30')
				""")
			.params(shop.id().value(), LocalDate.of(2025, 3, 1), agent.id().value(), LocalDate.of(2025, 3, day))
			.update();
	}

	private void desk(Agent agent, int day, String time, String presence) {
		jdbc.sql("insert into presence_history (agent_id, shop_id, presence, at) values (?, ?, ?, ?)")
			.params(agent.id().value(), shop.id().value(), presence, Timestamp
				.from(LocalDateTime.of(LocalDate.of(2025, 3, day), LocalTime.parse(time)).atZone(SHANGHAI).toInstant()))
			.update();
	}

	private void screenshot(String name) throws IOException {
		String dir = System.getProperty("kefu.screenshots");
		if (dir != null && !dir.isBlank()) {
			chromium.saveScreenshot(Files.createDirectories(Path.of(dir)), name);
		}
	}

	private void signIn(Agent who) {
		open("/login");
		browser.findElement(By.name("username")).sendKeys(who.username());
		browser.findElement(By.name("password")).sendKeys(ShopFixture.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

}
