package io.kefu.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests as an attacker sends them to the running application: any method, content type
 * and body, a session kept in cookies like a browser's, or bytes on a socket that no HTTP
 * client would send.
 */
final class Http {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:value|content)=\"([^\"]+)\"");

	private final int port;

	private final HttpClient client;

	private Http(int port, HttpClient client) {
		this.port = port;
		this.client = client;
	}

	static Http to(int port) {
		return new Http(port, HttpClient.newHttpClient());
	}

	/** A browser's session: cookies kept, redirects not followed. */
	static Http browser(int port) {
		return new Http(port, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
	}

	static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @param headers name and value, in turn
	 */
	Reply send(String method, String path, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			HttpResponse<String> response = client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().allValues("Allow"), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Signs in through the sign-in form, as a person does. */
	Http signIn(String username, String password) {
		String token = csrfToken("/login");
		Reply signedIn = send("POST", "/login", "username=" + username + "&password=" + password + "&_csrf=" + token,
				"Content-Type", "application/x-www-form-urlencoded");
		if (signedIn.status() != 302) {
			throw new IllegalStateException("Sign-in failed: " + signedIn);
		}
		return this;
	}

	/** The form token of a page, as its forms send it. */
	String csrfToken(String page) {
		Matcher token = CSRF.matcher(send("GET", page, "", "Accept", "text/html").body());
		if (!token.find()) {
			throw new IllegalStateException("No form token on " + page);
		}
		return token.group(1);
	}

	/**
	 * Sends the request line and headers as written, and reads the answer until the
	 * server closes.
	 */
	Reply raw(String requestLineAndHeaders) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write((requestLineAndHeaders + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			in.transferTo(answer);
			String text = answer.toString(StandardCharsets.UTF_8);
			int status = Integer.parseInt(text.substring(9, 12));
			int split = text.indexOf("\r\n\r\n");
			String head = text.substring(0, split);
			Matcher type = Pattern.compile("(?im)^Content-Type:\\s*(.+)$").matcher(head);
			return new Reply(status, type.find() ? type.group(1).strip() : "", List.of(),
					unchunked(head, text.substring(split + 4)));
		}
	}

	private static String unchunked(String head, String body) {
		if (!head.toLowerCase().contains("transfer-encoding: chunked")) {
			return body;
		}
		StringBuilder plain = new StringBuilder();
		int at = 0;
		while (true) {
			int lineEnd = body.indexOf("\r\n", at);
			int size = Integer.parseInt(body.substring(at, lineEnd).strip(), 16);
			if (size == 0) {
				return plain.toString();
			}
			// sizes count bytes; the bodies here are ASCII JSON and HTML
			plain.append(body, lineEnd + 2, lineEnd + 2 + size);
			at = lineEnd + 2 + size + 2;
		}
	}

	record Reply(int status, String contentType, List<String> allow, String body) {

		JsonNode json() {
			return JSON.readTree(body);
		}

		boolean isProblem() {
			return contentType.startsWith("application/problem+json");
		}

	}

}
