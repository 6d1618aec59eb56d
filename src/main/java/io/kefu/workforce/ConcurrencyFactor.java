package io.kefu.workforce;

/**
 * How much faster than one chat at a time an agent gets through chats when they hold
 * several at once (DOMAIN.md "Staffing"): 1→1, 2→1.7, 3→2.5, 4→2.9, 5→3.5, linear between
 * these points, below 1 as 1 and above 5 as 3.5. Holding five chats does not make anyone
 * five times as fast: buyers wait while the agent types to the others.
 */
public final class ConcurrencyFactor {

	private static final double[] FACTORS = { 1.0, 1.7, 2.5, 2.9, 3.5 };

	private ConcurrencyFactor() {
	}

	/** The factor for an average of {@code concurrency} chats held at once. */
	public static double of(double concurrency) {
		if (Double.isNaN(concurrency) || concurrency <= 1) {
			return FACTORS[0];
		}
		if (concurrency >= FACTORS.length) {
			return FACTORS[FACTORS.length - 1];
		}
		int below = (int) Math.floor(concurrency);
		double between = concurrency - below;
		return FACTORS[below - 1] + between * (FACTORS[below] - FACTORS[below - 1]);
	}

	/** The handling time an agent effectively spends on one chat. */
	public static double effectiveSeconds(double handlingSeconds, double concurrency) {
		return handlingSeconds / of(concurrency);
	}

}
