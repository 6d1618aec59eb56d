package io.kefu.appraisal;

import java.math.BigDecimal;

/**
 * The month's best typing test: characters a minute at an accuracy (0–1).
 */
public record TypingResult(int charactersPerMinute, BigDecimal accuracy) {

	public TypingResult {
		if (charactersPerMinute < 0 || accuracy.signum() < 0 || accuracy.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("A typing result is a speed of 0 or more at an accuracy of 0 to 100%");
		}
	}

}
