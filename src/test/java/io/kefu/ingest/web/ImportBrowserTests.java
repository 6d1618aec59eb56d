package io.kefu.ingest.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Random;

import io.kefu.PageTestData;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;

import io.kefu.support.DebianChromium;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium uploads files on the import page. Drag and drop cannot be scripted
 * reliably, so the test sets the file input, which runs the same upload code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	Shop shop;

	ChromeDriver browser;

	DebianChromium chromium;

	@BeforeEach
	void startBrowser() throws IOException {
		shop = shops.findByName("导入浏览器测试店")
			.orElseGet(() -> PageTestData.openShop(shops, staff, "导入浏览器测试店", "import-browser-"));
		chromium = DebianChromium.start(1280, 1000);
		browser = chromium.driver();
	}

	@AfterEach
	void stopBrowser() {
		chromium.close();
	}

	@Test
	void supervisorUploadsAChatAndReadsItsCountsInChinese() throws IOException {
		signIn();
		browser.findElement(By.cssSelector(".nav-group[data-group=settings] summary")).click();
		browser.findElement(By.linkText("导入数据")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("导入数据");

		browser.findElement(By.id("import-files")).sendKeys(sample("chat/qianniu-clipboard-gbk.txt").toString());
		// choosing a file only lists it: the options come before the upload
		assertThat(browser.findElement(By.id("import-chosen")).getText()).contains("qianniu-clipboard-gbk.txt");
		assertThat(browser.findElements(By.cssSelector(".import-submission"))).isEmpty();
		browser.findElement(By.id("import-skip")).click();
		browser.findElement(By.id("import-start")).click();

		WebElement submission = awaitFinished();
		assertThat(submission.getText()).contains("qianniu-clipboard-gbk.txt", "完成", "千牛聊天记录", "已导入", "读取", "新增", "更新",
				"未变", "拒绝");
		assertThat(submission.findElement(By.cssSelector("progress")).getAttribute("value"))
			.isEqualTo(submission.findElement(By.cssSelector("progress")).getAttribute("max"));
		assertThat(submission.findElement(By.cssSelector(".counts dd")).getText()).isEqualTo("7");
		// the recent imports below follow the job by themselves, without a reload
		chromium.awaitUpTo(Duration.ofSeconds(20))
			.until(driver -> driver.findElement(By.id("recent-imports-box"))
				.getText()
				.contains("qianniu-clipboard-gbk.txt")
					&& !driver.findElement(By.id("recent-imports-box")).getText().matches("(?s).*(排队中|导入中).*"));
		assertThat(browser.findElement(By.id("import-chosen")).isDisplayed()).isFalse();
	}

	@Test
	void withoutJavaScriptTheFormUploadsAndTheJobPageRefreshesUntilDone() throws IOException {
		chromium.close();
		chromium = DebianChromium.startWithoutJavaScript(1280, 1000);
		browser = chromium.driver();
		signIn();
		open("/shops/" + shop.id() + "/imports");
		assertThat(browser.findElement(By.id("import-submit")).isDisplayed()).isTrue();

		browser.findElement(By.id("import-files"))
			.sendKeys(
					sample("taobao/ExportOrderList201805271900.csv") + "\n" + sample("chat/qianniu-clipboard-gbk.txt"));
		browser.findElement(By.id("import-submit")).click();

		// the upload posts the form; the job's page comes once the files are stored
		chromium.awaitUpTo(Duration.ofSeconds(30))
			.until(driver -> driver.getCurrentUrl().contains("/shops/" + shop.id() + "/imports/"));
		// nothing but the page's own meta refresh can bring the finished job into view
		chromium.awaitUpTo(Duration.ofSeconds(60))
			.until(driver -> driver.findElement(By.cssSelector(".job-status .badge")).getText().equals("完成"));
		String page = browser.findElement(By.id("job-progress")).getText();
		assertThat(page).contains("ExportOrderList201805271900.csv", "未导入：有错误行",
				"ExportOrderList201805271900.csv:6: 订单创建时间: “昨天下午”不是日期时间", "qianniu-clipboard-gbk.txt", "千牛聊天记录",
				"已导入");
		assertThat(browser.findElements(By.cssSelector("meta[http-equiv=refresh]"))).isEmpty();
	}

	/**
	 * Not a check: with {@code -Dkefu.screenshots=DIR} it saves the import pages for a
	 * person to look at, the upload slowed down so that its progress shows.
	 */
	@Test
	@EnabledIfSystemProperty(named = "kefu.screenshots", matches = ".+")
	void takeScreenshots() throws IOException {
		Path dir = Files.createDirectories(Path.of(System.getProperty("kefu.screenshots")));
		Shop empty = PageTestData.openShop(shops, staff, "空店" + System.nanoTime(), "import-shots-");
		staff.grantShop(staff.findByUsername("import-browser-zhuguan").orElseThrow().id(), empty.id());
		Path large = Files.createTempFile("kefu-big", ".csv");
		byte[] noise = new byte[6 * 1024 * 1024];
		new Random(1).nextBytes(noise);
		Files.write(large, noise);
		signIn();
		open("/shops/" + empty.id() + "/imports");
		chromium.saveScreenshot(dir, "imports-0-empty-zh");
		open("/shops/" + empty.id() + "/imports?lang=en");
		chromium.saveScreenshot(dir, "imports-0-empty-en");
		for (String lang : new String[] { "zh_CN", "en" }) {
			open("/shops/" + shop.id() + "/imports?lang=" + lang);
			ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
			slow.setUploadThroughput(2 * 1024 * 1024);
			slow.setDownloadThroughput(50 * 1024 * 1024);
			browser.setNetworkConditions(slow);
			browser.findElement(By.id("import-files")).sendKeys(large.toString());
			browser.findElement(By.id("import-start")).click();
			// a third of the way: the bar and the bytes show the upload under way
			chromium.awaitUpTo(Duration.ofSeconds(10)).until(driver -> {
				WebElement bar = driver.findElement(By.cssSelector(".import-submission .upload-bar"));
				return 3 * Double.parseDouble(bar.getDomProperty("value")) >= Double
					.parseDouble(bar.getDomProperty("max"));
			});
			chromium.saveScreenshot(dir, "imports-1-uploading-" + lang);
			browser.deleteNetworkConditions();
			awaitFinished();
			browser.findElement(By.id("import-skip")).click();
			browser.findElement(By.id("import-files"))
				.sendKeys(sample("taobao/ExportOrderList201805271900.csv") + "\n"
						+ sample("chat/qianniu-clipboard-gbk.txt"));
			browser.findElement(By.id("import-start")).click();
			String viewResult = lang.equals("en") ? "View result" : "查看结果";
			awaitFinished().findElement(By.linkText(viewResult));
			chromium.saveScreenshot(dir, "imports-2-done-" + lang);
			browser.findElement(By.linkText(viewResult)).click();
			chromium.saveScreenshot(dir, "imports-3-job-" + lang);
			open("/shops/" + shop.id() + "/imports");
			browser.findElement(By.id("import-files"))
				.sendKeys(Files.createFile(Files.createTempDirectory("kefu-empty").resolve("empty.csv")).toString());
			browser.findElement(By.id("import-start")).click();
			awaitFinished();
			chromium.saveScreenshot(dir, "imports-4-refused-" + lang);
			open("/shops/" + shop.id() + "/imports?refused=tooLarge&lang=" + lang);
			chromium.saveScreenshot(dir, "imports-5-too-large-" + lang);
		}
		Files.delete(large);
	}

	/**
	 * The newest submission, once it is over: its badge stays amber while the files
	 * upload and while the job is queued or running.
	 */
	private WebElement awaitFinished() {
		chromium.awaitUpTo(Duration.ofSeconds(60))
			.until(driver -> !driver.findElement(By.cssSelector(".import-submission .import-file-head .badge"))
				.getDomAttribute("class")
				.contains("badge-warn"));
		return browser.findElement(By.cssSelector(".import-submission"));
	}

	/** A copy, so that no test can touch the sample itself. */
	private static Path sample(String name) throws IOException {
		Path copy = Files.createTempDirectory("kefu-sample").resolve(Path.of(name).getFileName());
		try (var in = ImportBrowserTests.class.getResourceAsStream("/ingest/" + name)) {
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
		}
		return copy;
	}

	private void signIn() {
		open("/login");
		browser.findElement(By.name("username")).sendKeys("import-browser-zhuguan");
		browser.findElement(By.name("password")).sendKeys(PageTestData.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

}
