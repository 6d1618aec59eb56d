package io.kefu.web;

/**
 * The characters that no text given to Kefu may hold: the C0 and C1 control characters
 * and DEL, but tab, line feed and carriage return. PostgreSQL refuses NUL in text
 * outright, and the others are invisible on a page and in a spreadsheet, where they hide
 * what a buyer or an agent really wrote. Nor a lone surrogate (half of a character such
 * as an emoji, from text cut or mis-encoded on the way): PostgreSQL cannot store it and
 * would keep a '?' instead of what was sent.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/** Where the first refused character of the text is, or -1 when it has none. */
	public static int indexIn(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (refused(c) || Character.isLowSurrogate(c)) {
				return i;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return i;
				}
				i++;
			}
		}
		return -1;
	}

	static boolean refused(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
	}

	/** Why a text with a refused character at {@code index} is refused. */
	public static String reason(CharSequence text, int index) {
		if (Character.isSurrogate(text.charAt(index))) {
			return String.format("contains half a character (the lone surrogate U+%04X) at position %d; the text was "
					+ "cut or mis-encoded", (int) text.charAt(index), index);
		}
		return String.format("contains the control character U+%04X at position %d; text may hold no control "
				+ "characters but tab, line feed and carriage return", (int) text.charAt(index), index);
	}

}
