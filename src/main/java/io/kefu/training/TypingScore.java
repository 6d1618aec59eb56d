package io.kefu.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;

/**
 * A typing test's result: net speed in correct characters a minute over the time the
 * server measured, and accuracy = 1 − edit distance ÷ passage length, both over Unicode
 * code points and floored at 0. Passing is {@value #PASS_SPEED} 字/分 (seed 000 售前职责); the
 * indicator-bonus level is {@value #BONUS_SPEED} 字/分 at 90% (seed 001, the same bar as
 * the appraisal's typing bonus).
 */
public record TypingScore(int charsPerMinute, BigDecimal accuracy) {

	public static final int PASS_SPEED = 80;

	public static final int BONUS_SPEED = 100;

	public static final BigDecimal BONUS_ACCURACY = new BigDecimal("0.90");

	/**
	 * Which of two scores is the better: one at the bonus accuracy beats one below it,
	 * then the faster, then the more accurate.
	 */
	public static final Comparator<TypingScore> BETTER = Comparator
		.comparing((TypingScore score) -> score.accuracy().compareTo(BONUS_ACCURACY) >= 0)
		.thenComparingInt(TypingScore::charsPerMinute)
		.thenComparing(TypingScore::accuracy);

	public TypingScore {
		if (charsPerMinute < 0 || accuracy.signum() < 0 || accuracy.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("A speed of 0 or more at an accuracy of 0 to 1");
		}
	}

	/**
	 * Scores the typed text against the passage. The speed is rounded down, and so is the
	 * accuracy (to four places), so that nobody passes a bar they did not reach.
	 */
	public static TypingScore of(String passage, String typed, long elapsedMillis) {
		int[] expected = passage.codePoints().toArray();
		int distance = distance(expected, typed.codePoints().toArray());
		long correct = Math.max(0, expected.length - distance);
		long perMinute = correct * 60_000 / Math.max(elapsedMillis, 1);
		BigDecimal accuracy = expected.length == 0 ? BigDecimal.ZERO : BigDecimal.ONE
			.subtract(BigDecimal.valueOf(distance).divide(BigDecimal.valueOf(expected.length), 4, RoundingMode.CEILING))
			.max(BigDecimal.ZERO);
		return new TypingScore((int) Math.min(perMinute, Integer.MAX_VALUE), accuracy.setScale(4));
	}

	public boolean passed() {
		return charsPerMinute >= PASS_SPEED;
	}

	public boolean bonusLevel() {
		return charsPerMinute >= BONUS_SPEED && accuracy.compareTo(BONUS_ACCURACY) >= 0;
	}

	/** Levenshtein distance, two rows at a time. */
	static int distance(int[] a, int[] b) {
		int[] previous = new int[b.length + 1];
		int[] current = new int[b.length + 1];
		for (int j = 0; j <= b.length; j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length; i++) {
			current[0] = i;
			for (int j = 1; j <= b.length; j++) {
				int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
				current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length];
	}

}
