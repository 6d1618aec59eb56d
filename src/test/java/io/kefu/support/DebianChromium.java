package io.kefu.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, never a downloaded
 * browser: the fixed paths keep Selenium Manager from looking for one. Each session gets
 * a fresh profile, removed on close.
 */
public final class DebianChromium implements AutoCloseable {

	private final ChromeDriver driver;

	private final Path profile;

	private DebianChromium(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	public static DebianChromium start(int width, int height) {
		return start(width, height, true);
	}

	/** A browser whose pages run no JavaScript, as some offices set theirs. */
	public static DebianChromium startWithoutJavaScript(int width, int height) {
		return start(width, height, false);
	}

	private static DebianChromium start(int width, int height, boolean javaScript) {
		try {
			Path profile = Files.createTempDirectory("kefu-chromium");
			System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
			ChromeOptions options = new ChromeOptions();
			options.setBinary("/usr/bin/chromium");
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--lang=zh-CN", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
			// the console's messages, so that tests can read what the page's
			// Content-Security-Policy refused
			LoggingPreferences logs = new LoggingPreferences();
			logs.enable(LogType.BROWSER, Level.ALL);
			options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
			if (!javaScript) {
				options.setExperimentalOption("prefs",
						Map.of("profile.managed_default_content_settings.javascript", 2));
			}
			ChromeDriver driver = new ChromeDriver(options);
			driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
			return new DebianChromium(driver, profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public ChromeDriver driver() {
		return driver;
	}

	/**
	 * A wait that looks again when the page replaced an element between finding it and
	 * reading it, as htmx swaps and polling pages do.
	 */
	public WebDriverWait awaitUpTo(Duration timeout) {
		WebDriverWait wait = new WebDriverWait(driver, timeout);
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	/**
	 * Clicks what submits a form or follows a link and waits for the page it leads to: a
	 * click returns before the browser has loaded the answer.
	 */
	public void clickAndAwaitNextPage(By target) {
		WebElement page = driver.findElement(By.tagName("html"));
		driver.findElement(target).click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(next -> replaced(page));
	}

	/**
	 * Whether the element's page has gone. Chromium says so in two ways: a stale element,
	 * or, when asked while the next page replaces the document, "Node with given id does
	 * not belong to the document".
	 */
	private static boolean replaced(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException gone) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/**
	 * What the pages loaded since the last call wrote to the console, Chromium's own
	 * messages included ("Refused to … because it violates the following Content Security
	 * Policy directive").
	 */
	public List<String> consoleMessages() {
		return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
	}

	/** Saves what the browser shows as {@code dir/name.png}, for a person to look at. */
	public void saveScreenshot(Path dir, String name) {
		try {
			Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
