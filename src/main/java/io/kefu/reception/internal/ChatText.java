package io.kefu.reception.internal;

import java.util.regex.Pattern;

import io.kefu.reception.InvalidChatInputException;
import io.kefu.reception.VisitorChat;

import org.jspecify.annotations.Nullable;

/**
 * Checks what senders type before anything is stored. The text is stored as typed: HTML
 * in it is text, and every page shows it as text, never as markup.
 */
final class ChatText {

	private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private static final int MAX_NOTE = 500;

	private static final int MAX_CONTACT = 100;

	private ChatText() {
	}

	/**
	 * A message's content: not blank, at most 2,000 characters, no control characters but
	 * tab, line feed and carriage return.
	 */
	static String content(@Nullable String content) {
		return bounded("content", content, VisitorChat.MAX_MESSAGE_LENGTH);
	}

	/** A handover note: not blank, at most 500 characters. */
	static String note(@Nullable String note) {
		return bounded("note", note, MAX_NOTE);
	}

	static @Nullable String contact(@Nullable String contact) {
		if (contact == null || contact.isBlank()) {
			return null;
		}
		return bounded("contact", contact, MAX_CONTACT);
	}

	/** A sender's own id for a message: 1 to 64 letters, digits, '-' or '_'. */
	static @Nullable String clientId(@Nullable String clientId) {
		if (clientId == null || clientId.isEmpty()) {
			return null;
		}
		if (!CLIENT_ID.matcher(clientId).matches()) {
			throw new InvalidChatInputException("clientId", "is 1 to 64 letters, digits, '-' or '_'");
		}
		return clientId;
	}

	private static String bounded(String field, @Nullable String text, int max) {
		if (text == null || text.isBlank()) {
			throw new InvalidChatInputException(field, "must not be blank");
		}
		int length = text.codePointCount(0, text.length());
		if (length > max) {
			throw new InvalidChatInputException(field, "is at most " + max + " characters, not " + length);
		}
		return printable(field, text);
	}

	/**
	 * Refuses NUL and the other C0 and C1 control characters (and DEL), which no one
	 * types and PostgreSQL cannot even store (NUL); tab, line feed and carriage return
	 * are text.
	 */
	static String printable(String field, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
				throw new InvalidChatInputException(field,
						"must not contain control characters: U+%04X at character %d".formatted((int) c, i + 1));
			}
		}
		return text;
	}

}
