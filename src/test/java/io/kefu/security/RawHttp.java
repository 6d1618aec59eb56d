package io.kefu.security;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One HTTP request written by hand, for what Java's HTTP client will not send: a forged
 * {@code Host} header. HTTP/1.0, so that the answer comes whole, not in chunks, and the
 * connection closes after it.
 */
final class RawHttp {

	private RawHttp() {
	}

	static Response send(int port, String method, String path, String host, String body, String... headers) {
		byte[] content = body.getBytes(StandardCharsets.UTF_8);
		StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: " + host + "\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		request.append("Content-Length: ").append(content.length).append("\r\n\r\n");
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			return Response.parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Response get(int port, String path, String host, String... headers) {
		return send(port, "GET", path, host, "", headers);
	}

	/** The status, headers and body of an answer. */
	record Response(int status, List<String> headers, String body) {

		static Response parse(String text) {
			int end = text.indexOf("\r\n\r\n");
			String[] lines = text.substring(0, end).split("\r\n");
			List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
			return new Response(Integer.parseInt(lines[0].split(" ")[1]), List.copyOf(headers),
					text.substring(end + 4));
		}

		Optional<String> header(String name) {
			return all(name).stream().findFirst();
		}

		List<String> all(String name) {
			return headers.stream()
				.filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
				.map(line -> line.substring(name.length() + 1).strip())
				.toList();
		}

		String location() {
			return header("Location").orElse("");
		}

		/** {@code JSESSIONID=…} of the session cookie the answer sets. */
		String sessionCookie() {
			return all("Set-Cookie").stream()
				.filter(cookie -> cookie.startsWith("JSESSIONID="))
				.map(cookie -> cookie.substring(0, cookie.indexOf(';')))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No session cookie in " + headers));
		}

		String csrfToken() {
			java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"")
				.matcher(body);
			if (!token.find()) {
				throw new AssertionError("No CSRF token: " + status + " " + headers);
			}
			return token.group(1);
		}

	}

}
