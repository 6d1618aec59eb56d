package io.kefu.quality.internal;

/**
 * Folds a character so that the ways agents type the same thing match the same word:
 * full-width Latin letters, digits and punctuation (！？ＱＱ) as their ASCII forms, Latin
 * capitals as small letters (VX, vx), the ideographic space as a space. One character
 * always folds to one character, so positions stay those of the original text.
 */
public final class Folding {

	private Folding() {
	}

	public static char fold(char c) {
		if (c >= '\uFF01' && c <= '\uFF5E') {
			c = (char) (c - 0xFEE0);
		}
		else if (c == '\u3000') {
			return ' ';
		}
		if (c >= 'A' && c <= 'Z') {
			return (char) (c + ('a' - 'A'));
		}
		return c;
	}

	public static String fold(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			chars[i] = fold(chars[i]);
		}
		return new String(chars);
	}

}
