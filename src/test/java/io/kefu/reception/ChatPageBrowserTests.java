package io.kefu.reception;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;
import io.kefu.support.DebianChromium;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The buyer's chat page in Debian's Chromium: the auto-replies, an agent's reply arriving
 * over STOMP, markup shown as text, the offline-message form, and the one-tag launcher.
 * With {@code -Dkefu.screenshots=DIR} each test leaves a screenshot there for a person to
 * look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "kefu.chat.secret=" + LiveChatApiIntegrationTests.SECRET)
class ChatPageBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	@Autowired
	Messages messages;

	ChatScene scene;

	DebianChromium chromium;

	WebDriver browser;

	@BeforeEach
	void startBrowser() {
		scene = new ChatScene(shops, staff, ApiClient.anonymous(port));
		chromium = DebianChromium.start(420, 720);
		browser = chromium.driver();
	}

	@AfterEach
	void stopBrowser() {
		chromium.close();
	}

	@Test
	void aBuyerIsGreetedAndReadsTheAgentsReplyAsItComesWithMarkupShownAsText() throws IOException {
		ChatScene.AgentSide mei = scene.preSales("小美");
		mei.presence(Presence.ONLINE);
		open("/chat/" + scene.shopId);
		chromium.awaitUpTo(Duration.ofSeconds(10))
			.until(driver -> "stomp".equals(driver.findElement(By.id("chat")).getAttribute("data-transport")));

		type("<b>在吗</b>，台灯有货吗");

		WebElement welcome = awaitMessage(ChatSettings.DEFAULTS.welcomeText());
		assertThat(welcome.getAttribute("class")).contains("msg-auto");
		assertThat(messageTexts()).first().isEqualTo("<b>在吗</b>，台灯有货吗");
		assertThat(browser.findElements(By.cssSelector(".msg-text b"))).isEmpty();
		awaitStatus("客服小美正在为您服务");

		long conversationId = mei.onlyConversation().get("id").asLong();
		mei.reply(conversationId, "a1", "亲，有货的哦，今天下单明天发顺丰");

		awaitMessage("亲，有货的哦，今天下单明天发顺丰");
		assertThat(messageTexts()).containsExactly("<b>在吗</b>，台灯有货吗", ChatSettings.DEFAULTS.welcomeText(),
				"亲，有货的哦，今天下单明天发顺丰");
		screenshot("chat-served");
	}

	@Test
	void whereWebSocketIsBlockedThePageFallsBackToHttpAndMissesNothing() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		mei.presence(Presence.ONLINE);
		// a proxy that refuses WebSocket: every connection closes at once
		chromium.driver()
			.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
					"""
							window.WebSocket = function () {
							  var socket = { readyState: 3, send: function () {}, close: function () {} };
							  setTimeout(function () { if (socket.onclose) { socket.onclose({ code: 1006, reason: 'blocked' }); } }, 10);
							  return socket;
							};
							"""));
		open("/chat/" + scene.shopId);
		chromium.awaitUpTo(Duration.ofSeconds(10))
			.until(driver -> "polling".equals(driver.findElement(By.id("chat")).getAttribute("data-transport")));

		type("在吗");
		awaitMessage(ChatSettings.DEFAULTS.welcomeText());
		long conversationId = mei.onlyConversation().get("id").asLong();
		mei.reply(conversationId, "a1", "在的，亲");
		mei.reply(conversationId, "a2", "请问需要什么款式");

		awaitMessage("请问需要什么款式");
		assertThat(messageTexts()).containsExactly("在吗", ChatSettings.DEFAULTS.welcomeText(), "在的，亲", "请问需要什么款式");
	}

	@Test
	void withNobodyOnlineTheBuyerLeavesAMessage() throws IOException {
		scene.preSales("小美");
		open("/chat/" + scene.shopId);

		type("请问有优惠吗");

		awaitMessage(ChatSettings.DEFAULTS.awayText());
		WebElement form = browser.findElement(By.id("chat-offline"));
		chromium.awaitUpTo(Duration.ofSeconds(10)).until(driver -> form.isDisplayed());
		screenshot("chat-away");
		form.findElement(By.name("content")).sendKeys("想买两盏，能便宜吗");
		form.findElement(By.name("contact")).sendKeys("13800138000");
		form.findElement(By.cssSelector("button[type=submit]")).click();

		awaitStatus("留言已提交，客服看到后会第一时间答复您");
		assertThat(form.isDisplayed()).isFalse();
	}

	@Test
	void theBuyerChoosesAfterSalesBeforeTheFirstMessage() {
		ChatScene.AgentSide jie = scene.afterSales("阿杰");
		scene.preSales("小美").presence(Presence.ONLINE);
		jie.presence(Presence.ONLINE);
		open("/chat/" + scene.shopId);

		browser.findElement(By.cssSelector("button[data-group=AFTER_SALES]")).click();
		type("灯罩裂了");

		awaitStatus("客服阿杰正在为您服务");
		assertThat(jie.conversations("MINE")).hasSize(1);
	}

	@Test
	void aSignedInAgentConnectsOverStompWithTheirPageSessionAndHearsTheirBuyers() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		mei.presence(Presence.ONLINE);
		String username = staff.find(AgentId.of(mei.id())).orElseThrow().username();
		open("/login");
		browser.findElement(By.name("username")).sendKeys(username);
		browser.findElement(By.name("password")).sendKeys(ShopFixture.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		// the sign-in's redirect must land first, or it replaces the page opened next
		chromium.awaitUpTo(Duration.ofSeconds(30)).until(driver -> !driver.getCurrentUrl().contains("/login"));
		// any page of Kefu that loads the STOMP client will do (the workbench tests use
		// the workbench)
		open("/chat/" + scene.shopId);
		chromium.awaitUpTo(Duration.ofSeconds(30))
			.until(driver -> Boolean.TRUE
				.equals(((JavascriptExecutor) driver).executeScript("return !!window.StompJs")));
		((JavascriptExecutor) browser).executeScript(
				"""
						window.heard = [];
						var client = new StompJs.Client({ brokerURL: 'ws://' + location.host + '/ws', reconnectDelay: 0 });
						client.onConnect = function () {
						  client.subscribe('/topic/agent.' + arguments[0], function (frame) { window.heard.push(JSON.parse(frame.body)); });
						  window.connected = true;
						}.bind(null, %d);
						client.activate();
						"""
					.formatted(mei.id()));
		chromium.awaitUpTo(Duration.ofSeconds(30))
			.until(driver -> Boolean.TRUE
				.equals(((JavascriptExecutor) driver).executeScript("return window.connected === true")));

		long conversationId = scene.buyer(null).sent("c1", "在吗").get("conversationId").asLong();

		chromium.awaitUpTo(Duration.ofSeconds(30))
			.until(driver -> ((JavascriptExecutor) driver).executeScript(
					"return window.heard.some(function (f) { return f.type === 'conversation' && f.conversationId === "
							+ conversationId + "; })")
				.equals(Boolean.TRUE));
	}

	@Test
	void oneScriptTagOnAShopsPageOpensTheChatInAFrame() throws IOException {
		Path shopPage = Files.createTempFile("shop-site", ".html");
		Files.writeString(shopPage, "<!DOCTYPE html><html><body><p>shop</p><script src=\"http://localhost:" + port
				+ "/chat/embed.js?shop=" + scene.shopId + "\" async></script></body></html>");
		browser.get(shopPage.toUri().toString());

		WebElement launcher = chromium.awaitUpTo(Duration.ofSeconds(10))
			.until(driver -> driver.findElements(By.tagName("button")).stream().findFirst().orElse(null));
		assertThat(launcher.getText()).isEqualTo("在线客服");
		launcher.click();

		WebElement frame = chromium.awaitUpTo(Duration.ofSeconds(10))
			.until(driver -> driver.findElement(By.tagName("iframe")));
		assertThat(frame.getAttribute("src")).endsWith("/chat/" + scene.shopId);
		browser.switchTo().frame(frame);
		assertThat(chromium.awaitUpTo(Duration.ofSeconds(10))
			.until(driver -> driver.findElement(By.className("chat-shop")))
			.getText()).isEqualTo(scene.shop.name());
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private void type(String text) {
		WebElement field = browser.findElement(By.cssSelector("#chat-composer textarea"));
		field.sendKeys(text);
		field.sendKeys(Keys.ENTER);
	}

	private WebElement awaitMessage(String text) {
		return chromium.awaitUpTo(Duration.ofSeconds(15))
			.until(driver -> driver.findElements(By.cssSelector("li.msg"))
				.stream()
				.filter(item -> item.findElement(By.className("msg-text")).getText().equals(text))
				.findFirst()
				.orElse(null));
	}

	private void awaitStatus(String text) {
		chromium.awaitUpTo(Duration.ofSeconds(15))
			.until(driver -> driver.findElement(By.id("chat-status")).getText().equals(text));
	}

	private List<String> messageTexts() {
		return browser.findElements(By.cssSelector("li.msg:not(.msg-system) .msg-text"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private void screenshot(String name) throws IOException {
		String dir = System.getProperty("kefu.screenshots");
		if (dir == null) {
			return;
		}
		Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, Files.createDirectories(Path.of(dir)).resolve(name + ".png"),
				StandardCopyOption.REPLACE_EXISTING);
	}

}
