package io.kefu.reception;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP/1.0 over a plain socket, from a chosen loopback address (127.0.0.2, 127.0.0.3 …:
 * Linux routes all of 127/8 to the loopback device), with the request line and headers
 * exactly as written: a client at another address, or one sending what a well-behaved
 * client library would refuse to.
 */
final class RawHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	private final String from;

	RawHttp(int port, String from) {
		this.port = port;
		this.from = from;
	}

	Response post(String path, String contentType, String body, String... headers) {
		String[] all = new String[headers.length + 1];
		all[0] = "Content-Type: " + contentType;
		System.arraycopy(headers, 0, all, 1, headers.length);
		return send("POST", path, body, all);
	}

	Response send(String method, String path, String body, String... headers) {
		byte[] content = body.getBytes(StandardCharsets.UTF_8);
		StringBuilder request = new StringBuilder(
				method + " " + path + " HTTP/1.0\r\nHost: localhost:" + port + "\r\n");
		request.append("Accept: application/json\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		request.append("Content-Length: ").append(content.length).append("\r\n\r\n");
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.UTF_8));
			out.write(content);
			out.flush();
			return Response.parse(readAll(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		in.transferTo(bytes);
		return bytes.toString(StandardCharsets.UTF_8);
	}

	/** The status, the headers by lower-case name, and the body. */
	record Response(int status, Map<String, String> headers, String body) {

		static Response parse(String raw) {
			int end = raw.indexOf("\r\n\r\n");
			String[] lines = raw.substring(0, end).split("\r\n");
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).trim());
			}
			return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, raw.substring(end + 4));
		}

		String header(String name) {
			return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
		}

		JsonNode json() {
			return JSON.readTree(body);
		}

	}

}
