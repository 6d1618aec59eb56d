package io.kefu.training;

/**
 * One input event of a typing test as the page recorded it.
 *
 * @param t milliseconds since the passage was issued (as the page saw it)
 * @param text the characters the event committed: one for a plain key, several for an IME
 * commit (输入法上屏), none for a deletion
 * @param paste whether the page saw the event paste or drop text
 */
public record Keystroke(long t, String text, boolean paste) {

	public Keystroke {
		if (t < 0) {
			throw new IllegalArgumentException("t is not negative");
		}
	}

	public int length() {
		return text.codePointCount(0, text.length());
	}

}
