package io.kefu.customer;

/**
 * Whether a short text a person typed (a tag, a group's name, a summary) shows as what it
 * says: no line breaks or tabs, no invisible formatting characters (zero-width spaces,
 * direction marks), and something visible besides spaces.
 */
final class VisibleText {

	private VisibleText() {
	}

	static boolean isVisibleLine(String text) {
		boolean visible = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int type = Character.getType(c);
			if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR) {
				return false;
			}
			visible |= !Character.isWhitespace(c) && !Character.isSpaceChar(c);
		}
		return visible;
	}

}
