package io.kefu.cli;

/** Text laid out in a terminal's columns, where a Chinese character takes two. */
final class TerminalText {

	private TerminalText() {
	}

	/** Pads to a width in terminal columns. */
	static String padded(String text, int columns) {
		int width = text.codePoints()
			.map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= 0xFF00 && c <= 0xFFEF) ? 2
					: 1)
			.sum();
		return text + " ".repeat(Math.max(0, columns - width));
	}

}
