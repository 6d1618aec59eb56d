package io.kefu.bench.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One STOMP 1.2 frame as it travels in a WebSocket text message: a command line, header
 * lines, an empty line, the body and a NUL. Header values are escaped ({@code \\},
 * {@code \n}, {@code \r}, {@code \c}) except in CONNECT and CONNECTED frames, as the
 * specification says. Bodies here are JSON, which never holds a NUL, so a body ends at
 * the first NUL whatever {@code content-length} says (a length in bytes, while the text
 * has been decoded to characters already).
 *
 * @param headers in the order sent; a repeated header keeps its first value
 */
public record StompFrame(String command, Map<String, String> headers, String body) {

	public static final String HEARTBEAT = "\n";

	public StompFrame {
		headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
	}

	/** A frame without body from a command and header names and values in turn. */
	public static StompFrame of(String command, String... namesAndValues) {
		return withBody(command, "", namesAndValues);
	}

	public static StompFrame withBody(String command, String body, String... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("Headers come in name, value pairs");
		}
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			headers.putIfAbsent(namesAndValues[i], namesAndValues[i + 1]);
		}
		return new StompFrame(command, headers, body);
	}

	public @Nullable String header(String name) {
		return headers.get(name);
	}

	public String encode() {
		boolean escape = escapes(command);
		StringBuilder text = new StringBuilder(command.length() + body.length() + 64).append(command).append('\n');
		headers.forEach((name, value) -> text.append(escape ? escape(name) : name)
			.append(':')
			.append(escape ? escape(value) : value)
			.append('\n'));
		return text.append('\n').append(body).append('\0').toString();
	}

	/**
	 * The frames of one WebSocket message, and the heart-beats (lone end-of-lines) around
	 * them.
	 * @throws IllegalArgumentException on a frame cut short
	 */
	public static Decoded decode(CharSequence text) {
		List<StompFrame> frames = new ArrayList<>(1);
		int heartbeats = 0;
		int at = 0;
		int length = text.length();
		while (at < length) {
			char c = text.charAt(at);
			if (c == '\n') {
				heartbeats++;
				at++;
				continue;
			}
			if (c == '\r' && at + 1 < length && text.charAt(at + 1) == '\n') {
				heartbeats++;
				at += 2;
				continue;
			}
			int lineEnd = lineEnd(text, at);
			String command = line(text, at, lineEnd);
			boolean escaped = escapes(command);
			at = lineEnd + 1;
			Map<String, String> headers = new LinkedHashMap<>();
			while (true) {
				lineEnd = lineEnd(text, at);
				String header = line(text, at, lineEnd);
				at = lineEnd + 1;
				if (header.isEmpty()) {
					break;
				}
				int colon = header.indexOf(':');
				if (colon < 0) {
					throw new IllegalArgumentException("A header without a colon: " + header);
				}
				String name = header.substring(0, colon);
				String value = header.substring(colon + 1);
				headers.putIfAbsent(escaped ? unescape(name) : name, escaped ? unescape(value) : value);
			}
			int nul = indexOf(text, '\0', at);
			if (nul < 0) {
				throw new IllegalArgumentException("A frame without its closing NUL: " + command);
			}
			frames.add(new StompFrame(command, headers, text.subSequence(at, nul).toString()));
			at = nul + 1;
		}
		return new Decoded(frames, heartbeats);
	}

	/** What one WebSocket message held. */
	public record Decoded(List<StompFrame> frames, int heartbeats) {
	}

	private static boolean escapes(String command) {
		return !command.equals("CONNECT") && !command.equals("CONNECTED");
	}

	private static int lineEnd(CharSequence text, int from) {
		int end = indexOf(text, '\n', from);
		if (end < 0) {
			throw new IllegalArgumentException("A frame cut short after " + text.subSequence(0, from));
		}
		return end;
	}

	private static String line(CharSequence text, int from, int newline) {
		int end = newline > from && text.charAt(newline - 1) == '\r' ? newline - 1 : newline;
		return text.subSequence(from, end).toString();
	}

	private static int indexOf(CharSequence text, char wanted, int from) {
		for (int i = from; i < text.length(); i++) {
			if (text.charAt(i) == wanted) {
				return i;
			}
		}
		return -1;
	}

	static String escape(String value) {
		StringBuilder escaped = null;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			String replacement = switch (c) {
				case '\\' -> "\\\\";
				case '\n' -> "\\n";
				case '\r' -> "\\r";
				case ':' -> "\\c";
				default -> null;
			};
			if (replacement != null && escaped == null) {
				escaped = new StringBuilder(value.length() + 8).append(value, 0, i);
			}
			if (escaped != null) {
				if (replacement != null) {
					escaped.append(replacement);
				}
				else {
					escaped.append(c);
				}
			}
		}
		return escaped == null ? value : escaped.toString();
	}

	static String unescape(String value) {
		if (value.indexOf('\\') < 0) {
			return value;
		}
		StringBuilder plain = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c != '\\') {
				plain.append(c);
				continue;
			}
			if (i + 1 >= value.length()) {
				throw new IllegalArgumentException("A header ends in a lone backslash: " + value);
			}
			char next = value.charAt(++i);
			plain.append(switch (next) {
				case '\\' -> '\\';
				case 'n' -> '\n';
				case 'r' -> '\r';
				case 'c' -> ':';
				default -> throw new IllegalArgumentException("An unknown escape \\" + next + " in " + value);
			});
		}
		return plain.toString();
	}

}
