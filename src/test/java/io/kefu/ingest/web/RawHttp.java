package io.kefu.ingest.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Speaks HTTP/1.1 over a plain socket, for requests no well-behaved client would send: a
 * body cut short, a body far over a limit, a header that asks for {@code 100-continue}
 * and then waits. The body is written on a thread of its own while the answer is read, as
 * a browser does, so that an early answer is seen even when the server stops reading.
 */
final class RawHttp {

	private final int port;

	RawHttp(int port) {
		this.port = port;
	}

	/**
	 * Sends the head, then (unless {@code waitForContinue} and the server answers first)
	 * the body, and reads the answer.
	 */
	Answer send(String head, byte[] body, boolean waitForContinue) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			if (waitForContinue) {
				Answer first = read(in);
				if (first.status() != 100) {
					return first;
				}
			}
			AtomicReference<IOException> writeFailure = new AtomicReference<>();
			Thread writer = new Thread(() -> {
				try {
					for (int at = 0; at < body.length; at += 64 * 1024) {
						out.write(body, at, Math.min(64 * 1024, body.length - at));
					}
					out.flush();
				}
				catch (IOException ex) {
					writeFailure.set(ex);
				}
			}, "raw-http-writer");
			writer.start();
			Answer answer = read(in);
			try {
				writer.join(30_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return answer;
		}
	}

	private static Answer read(InputStream in) throws IOException {
		String statusLine = line(in);
		int status = Integer.parseInt(statusLine.split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (String header = line(in); !header.isEmpty(); header = line(in)) {
			int colon = header.indexOf(':');
			headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
					header.substring(colon + 1).strip());
		}
		if (status == 100) {
			return new Answer(status, headers, "");
		}
		byte[] body;
		if (headers.containsKey("content-length")) {
			body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
		}
		else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			ByteArrayOutputStream chunks = new ByteArrayOutputStream();
			for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0; size = Integer
				.parseInt(line(in).split(";")[0].strip(), 16)) {
				chunks.write(in.readNBytes(size));
				line(in);
			}
			body = chunks.toByteArray();
		}
		else {
			body = new byte[0];
		}
		return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				throw new IOException("the connection closed before a whole answer came");
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.UTF_8);
	}

	record Answer(int status, Map<String, String> headers, String body) {

		String contentType() {
			return headers.getOrDefault("content-type", "");
		}

	}

}
