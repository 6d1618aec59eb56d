package io.kefu.reception;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

import io.kefu.support.DebianChromium;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser at 1366 × 768, going from page to page as their day takes them. On
 * every page it looks as a reader would: the page must not scroll sideways, the console
 * must hold no error, and a screenshot is kept under {@code target/screenshots/} for the
 * README's gallery. Problems are collected, so one walk reports every page that fails.
 */
final class PageWalk implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final DebianChromium chromium;

	private final WebDriver browser;

	private final int port;

	private final String who;

	private final List<String> problems = new ArrayList<>();

	private final Set<String> visited = new LinkedHashSet<>();

	private PageWalk(DebianChromium chromium, int port, String who) {
		this.chromium = chromium;
		this.browser = chromium.driver();
		this.port = port;
		this.who = who;
	}

	/** Signs {@code username} in at 1366 × 768. */
	static PageWalk signedIn(int port, String username, String password) {
		PageWalk walk = new PageWalk(DebianChromium.start(1366, 768), port, username);
		walk.browser.get(walk.url("/login"));
		walk.browser.findElement(By.name("username")).sendKeys(username);
		walk.browser.findElement(By.name("password")).sendKeys(password);
		walk.browser.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(walk.browser, Duration.ofSeconds(15))
			.until(driver -> !driver.getCurrentUrl().contains("/login"));
		walk.look("home");
		return walk;
	}

	WebDriver driver() {
		return browser;
	}

	DebianChromium chromium() {
		return chromium;
	}

	/** Opens {@code path}, waits until it has loaded and settled, and looks at it. */
	void visit(String path, String name) {
		browser.get(url(path));
		look(name);
	}

	/** Looks at the page the browser shows now. */
	void look(String name) {
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(driver -> "complete".equals(script("return document.readyState")));
		settle();
		String page = browser.getCurrentUrl();
		visited.add(page);
		long scrollWidth = ((Number) script("return document.documentElement.scrollWidth")).longValue();
		long innerWidth = ((Number) script("return window.innerWidth")).longValue();
		if (scrollWidth > innerWidth) {
			problems.add(page + ": scrolls sideways (" + scrollWidth + " px wide in a " + innerWidth + " px window)");
		}
		for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
			if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
				problems.add(page + ": console error " + entry.getMessage());
			}
		}
		// read by script: a missing element would hold findElements for the implicit wait
		Object error = script("var code = document.querySelector('.error-page .error-code');"
				+ " return code ? code.textContent : null");
		if (error != null) {
			problems.add(page + ": shows the error page " + error);
		}
		screenshot(name);
	}

	/**
	 * Every page the navigation offers this person, the grouped menus' included, as paths
	 * in the order they appear.
	 */
	List<String> navigationPaths() {
		@SuppressWarnings("unchecked")
		List<String> hrefs = (List<String>) script(
				"return Array.from(document.querySelectorAll('header a[href]')).map(a => a.getAttribute('href'))");
		return hrefs.stream()
			.filter(href -> href.startsWith("/shops/"))
			.filter(href -> !href.contains("/export") && !href.contains("lang="))
			.distinct()
			.toList();
	}

	/** Visits every page of the navigation, each once. */
	void walkTheNavigation() {
		for (String path : navigationPaths()) {
			String name = path.replaceAll("^/shops/\\d+/?", "").replace('/', '-');
			visit(path, name.isEmpty() ? "home" : name);
		}
	}

	Set<String> visited() {
		return visited;
	}

	List<String> problems() {
		return problems;
	}

	Object script(String js, Object... args) {
		return ((JavascriptExecutor) browser).executeScript(js, args);
	}

	/** Gives htmx requests and charts started on load a moment to finish. */
	private void settle() {
		try {
			new WebDriverWait(browser, Duration.ofSeconds(5))
				.until(driver -> Boolean.TRUE.equals(script("return !document.querySelector('.htmx-request')")));
		}
		catch (org.openqa.selenium.TimeoutException polling) {
			// a page that polls keeps a request open; what it shows is what a person sees
		}
	}

	private void screenshot(String name) {
		try {
			Path dir = Files.createDirectories(SCREENSHOTS);
			String file = (who + "-" + (name.isBlank() ? "home" : name)).replaceAll("[^A-Za-z0-9_.-]", "_");
			Files.copy(((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
					dir.resolve(file + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Override
	public void close() {
		chromium.close();
	}

}
