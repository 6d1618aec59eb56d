package io.kefu.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session without the browser, over real HTTP: it keeps the cookies Kefu
 * sets, signs in through the form with its CSRF token and sends the token the pages carry
 * with its posts, as the pages' own scripts do. Redirects are not followed, so that a
 * test sees them.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http;

	private WebSession(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** A browser that has not signed in. */
	public static WebSession anonymous(int port) {
		return new WebSession(port);
	}

	/**
	 * Signs in through the form.
	 * @throws AssertionError when the sign-in is refused
	 */
	public static WebSession signIn(int port, String username, String password) {
		WebSession session = new WebSession(port);
		Reply reply = session.submitLogin(username, password);
		if (reply.status() != 302 || reply.location().contains("/login")) {
			throw new AssertionError("Sign-in of " + username + " refused: " + reply.status() + " " + reply.location());
		}
		return session;
	}

	/** Posts the sign-in form with the token of a freshly loaded sign-in page. */
	public Reply submitLogin(String username, String password) {
		String token = csrfTokenOf(get("/login"));
		return postForm("/login", Map.of("username", username, "password", password, "_csrf", token));
	}

	/** The body as bytes, for downloads (a workbook); null unless the answer is 200. */
	public byte[] download(String path) {
		try {
			HttpResponse<byte[]> response = http.send(request(path).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			return response.statusCode() == 200 ? response.body() : null;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public Reply get(String path) {
		return send(request(path).GET());
	}

	/** A form post; include {@code _csrf} in {@code fields} to send the page's token. */
	public Reply postForm(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * A form post with the CSRF token of the page at {@code pagePath}, as its form sends.
	 */
	public Reply submit(String pagePath, String path, Map<String, String> fields) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrfTokenOf(get(pagePath)));
		return postForm(path, withToken);
	}

	/**
	 * A JSON call to the API as the pages' scripts make it: with the session cookie and,
	 * when asked, the CSRF token of the home page in {@code X-CSRF-TOKEN}.
	 */
	public Reply postJson(String path, String json, boolean withCsrfToken) {
		HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
			.header("Accept", "application/json");
		if (withCsrfToken) {
			request.header("X-CSRF-TOKEN", csrfToken());
		}
		return send(request.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
	}

	/** The CSRF token of this session, as its pages' forms and scripts send it. */
	public String csrfToken() {
		return csrfTokenOf(get("/"));
	}

	/**
	 * {@code NAME=value} of a cookie this browser keeps, for a request made elsewhere.
	 */
	public String cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals(name))
			.map(cookie -> name + "=" + cookie.getValue())
			.findFirst()
			.orElseThrow(() -> new AssertionError("No cookie " + name));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path));
	}

	private Reply send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Reply(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String csrfTokenOf(Reply page) {
		Matcher matcher = CSRF.matcher(page.body());
		if (!matcher.find()) {
			throw new AssertionError("No CSRF token on the page (" + page.status() + " " + page.location() + ")");
		}
		return matcher.group(1);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** A response: status, headers and body. */
	public record Reply(int status, Map<String, List<String>> headers, String body) {

		public Optional<String> header(String name) {
			return headers.entrySet()
				.stream()
				.filter(entry -> entry.getKey().equalsIgnoreCase(name))
				.flatMap(entry -> entry.getValue().stream())
				.findFirst();
		}

		public String location() {
			return header("Location").orElse("");
		}

	}

}
