package io.kefu.shop;

import org.jspecify.annotations.Nullable;

/**
 * The rules every text of the shop's knowledge follows: trimmed, bounded, no control
 * characters.
 */
final class KnowledgeText {

	private KnowledgeText() {
	}

	static String required(String field, @Nullable String text, int max) {
		String taken = optional(field, text, max);
		if (taken.isEmpty()) {
			throw new InvalidKnowledgeException(field, "must not be blank");
		}
		return taken;
	}

	static String optional(String field, @Nullable String text, int max) {
		String taken = text == null ? "" : text.strip();
		if (taken.length() > max) {
			throw new InvalidKnowledgeException(field, "is at most " + max + " characters, not " + taken.length());
		}
		if (taken.codePoints()
			.anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r')) {
			throw new InvalidKnowledgeException(field, "must not contain control characters");
		}
		return taken;
	}

}
