package io.kefu.reception;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.kefu.support.DebianChromium;
import io.kefu.support.ShopFixture;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser in the two-browser tests: an agent signed in on the workbench, or
 * a buyer on the chat page. The waits ignore elements that went stale, because lists and
 * messages are re-rendered as news arrives.
 */
final class WorkbenchPageObject implements AutoCloseable {

	private final DebianChromium chromium;

	private final WebDriver browser;

	private final int port;

	private WorkbenchPageObject(DebianChromium chromium, int port) {
		this.chromium = chromium;
		this.browser = chromium.driver();
		this.port = port;
	}

	/** The workbench is built for a laptop screen: 1366 × 768. */
	static WorkbenchPageObject agentBrowser(int port) {
		return new WorkbenchPageObject(DebianChromium.start(1366, 768), port);
	}

	/** The workbench's controls in a browser someone already signed in. */
	static WorkbenchPageObject on(DebianChromium chromium, int port) {
		return new WorkbenchPageObject(chromium, port);
	}

	static WorkbenchPageObject buyerBrowser(int port) {
		return new WorkbenchPageObject(DebianChromium.start(420, 720), port);
	}

	WebDriver driver() {
		return browser;
	}

	/** As behind a proxy that refuses WebSocket: every connection closes at once. */
	void blockWebSocket() {
		chromium.driver()
			.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
					"""
							window.WebSocket = function () {
							  var socket = { readyState: 3, send: function () {}, close: function () {} };
							  setTimeout(function () { if (socket.onclose) { socket.onclose({ code: 1006, reason: 'blocked' }); } }, 10);
							  return socket;
							};
							"""));
	}

	void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	void signIn(String username) {
		open("/login");
		browser.findElement(By.name("username")).sendKeys(username);
		browser.findElement(By.name("password")).sendKeys(ShopFixture.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		waitUpTo(10).until(driver -> !driver.getCurrentUrl().contains("/login"));
	}

	// ---- the agent's side ----

	/** Opens the workbench and waits until it hears news over STOMP. */
	void openWorkbench(long shopId) {
		open("/shops/" + shopId + "/workbench");
		awaitLive();
	}

	void awaitLive() {
		awaitTransport("stomp");
	}

	void awaitTransport(String transport) {
		waitUpTo(15).until(driver -> transport.equals(workbench().getAttribute("data-transport")));
	}

	WebElement workbench() {
		return browser.findElement(By.id("workbench"));
	}

	void choosePresence(Presence presence) {
		browser.findElement(By.cssSelector(".wb-presence-choice[data-presence=" + presence + "]")).click();
		waitUpTo(10).until(driver -> "true"
			.equals(driver.findElement(By.cssSelector(".wb-presence-choice[data-presence=" + presence + "]"))
				.getAttribute("aria-checked")));
	}

	/**
	 * The item of the buyer in a list on the left (MINE, WAITING …), once it is there.
	 */
	WebElement awaitListItem(String list, String buyerNick) {
		return waitUpTo(15).until(driver -> driver.findElements(By.cssSelector("#wb-list-" + list + " .wb-item"))
			.stream()
			.filter(item -> item.findElement(By.className("wb-item-nick")).getText().equals(buyerNick))
			.findFirst()
			.orElse(null));
	}

	void showList(String list) {
		browser.findElement(By.cssSelector(".wb-lists .wb-tab[data-list=" + list + "]")).click();
	}

	void openConversation(String list, String buyerNick) {
		showList(list);
		clickInListItem(list, buyerNick, "wb-item-open");
		waitUpTo(10).until(driver -> driver.findElement(By.id("wb-chat-buyer")).getText().equals(buyerNick));
	}

	/**
	 * Clicks a button of the buyer's item, again if the list was re-rendered between
	 * finding and clicking.
	 */
	void clickInListItem(String list, String buyerNick, String buttonClass) {
		waitUpTo(15).until(driver -> {
			awaitListItem(list, buyerNick).findElement(By.className(buttonClass)).click();
			return true;
		});
	}

	WebElement composer() {
		return browser.findElement(By.cssSelector("#wb-composer textarea"));
	}

	/** Types into the reply box as a person does, key by key. */
	void typeReply(String keys) {
		composer().sendKeys(keys);
	}

	void awaitReplyBox(String text) {
		waitUpTo(10).until(driver -> text.equals(composer().getAttribute("value")));
	}

	void pressEnter() {
		composer().sendKeys(Keys.ENTER);
	}

	void reply(String text) {
		typeReply(text);
		pressEnter();
	}

	/** The texts of the open conversation's messages, lines about transfers left out. */
	List<String> transcript() {
		return texts("#wb-messages li.msg:not(.msg-system):not(.msg-pending) .msg-text");
	}

	void awaitTranscriptLine(String text) {
		waitUpTo(15).until(driver -> transcript().contains(text));
	}

	void openSide(String pane) {
		browser.findElement(By.cssSelector(".wb-side .wb-tab[data-side=" + pane + "]")).click();
	}

	// ---- the buyer's side ----

	void openChat(long shopId) {
		open("/chat/" + shopId);
		waitUpTo(15).until(driver -> "stomp".equals(driver.findElement(By.id("chat")).getAttribute("data-transport")));
	}

	void say(String text) {
		WebElement field = browser.findElement(By.cssSelector("#chat-composer textarea"));
		field.sendKeys(text);
		field.sendKeys(Keys.ENTER);
	}

	List<String> chatTexts() {
		return texts("#chat-messages li.msg:not(.msg-system):not(.msg-pending) .msg-text");
	}

	void awaitChatLine(String text) {
		waitUpTo(15).until(driver -> chatTexts().contains(text));
	}

	// ---- both ----

	List<String> texts(String css) {
		return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

	WebDriverWait waitUpTo(int seconds) {
		return chromium.awaitUpTo(Duration.ofSeconds(seconds));
	}

	/**
	 * With {@code -Dkefu.screenshots=DIR}, a screenshot there for a person to look at.
	 */
	void screenshot(String name) {
		String dir = System.getProperty("kefu.screenshots");
		if (dir == null) {
			return;
		}
		try {
			Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(shot, Files.createDirectories(Path.of(dir)).resolve(name + ".png"),
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		chromium.close();
	}

}
