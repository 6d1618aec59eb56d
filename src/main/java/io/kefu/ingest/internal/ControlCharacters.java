package io.kefu.ingest.internal;

import io.kefu.ingest.ImportError;

/**
 * The control characters no export's text holds: NUL and the other C0 controls, and DEL.
 * TAB, LF and CR are text (Pinduoduo pads cells with TABs, a message has line breaks).
 * PostgreSQL cannot store a NUL, and the rest are garbage a reader never typed, so a line
 * holding one is rejected, not cleaned.
 */
final class ControlCharacters {

	private ControlCharacters() {
	}

	/** The first control character of the text, or -1. */
	static int first(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
				return c;
			}
		}
		return -1;
	}

	/** The line error for a control character in a field: {@code FILE:LINE: field: …}. */
	static ImportError error(String file, long line, String field, int character) {
		return ImportError.ofLine(file, line, field, "imports.error.controlCharacter", "U+%04X".formatted(character));
	}

}
