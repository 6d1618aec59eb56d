package io.kefu.workforce;

/**
 * Erlang C: how many agents answer a given share of buyers within a given wait, for a
 * load of {@code A} erlangs (arrivals × handling time ÷ the interval's length). Computed
 * with Erlang B's recurrence — B(0) = 1, B(n) = A·B(n−1) ÷ (n + A·B(n−1)) — and C = n·B ÷
 * (n − A·(1 − B)), which stays within 0–1 for any load; factorials and powers of A
 * overflow a double from about 170 agents, well inside a 大促's hundreds.
 */
public final class ErlangC {

	/** More agents than any shop's half hour could need: a guard against a bad input. */
	static final int MOST_AGENTS = 1_000_000;

	private ErlangC() {
	}

	/** Erlang B: the probability that all of {@code agents} are busy in a loss system. */
	public static double blocking(int agents, double erlangs) {
		double b = 1;
		for (int n = 1; n <= agents; n++) {
			b = erlangs * b / (n + erlangs * b);
		}
		return b;
	}

	/**
	 * The probability that a buyer waits at all (Erlang C); 1 when the agents cannot keep
	 * up with the load ({@code agents <= erlangs}).
	 */
	public static double waiting(int agents, double erlangs) {
		return waiting(agents, erlangs, blocking(agents, erlangs));
	}

	private static double waiting(int agents, double erlangs, double blocking) {
		if (agents <= erlangs) {
			return 1;
		}
		return agents * blocking / (agents - erlangs * (1 - blocking));
	}

	/**
	 * The share of buyers answered within {@code seconds}: 1 − C·e^(−(n − A)·t ÷
	 * handling).
	 */
	public static double serviceLevel(int agents, double erlangs, double handlingSeconds, double seconds) {
		return serviceLevel(agents, erlangs, handlingSeconds, seconds, blocking(agents, erlangs));
	}

	private static double serviceLevel(int agents, double erlangs, double handlingSeconds, double seconds,
			double blocking) {
		if (agents <= erlangs) {
			return 0;
		}
		double c = waiting(agents, erlangs, blocking);
		return 1 - c * Math.exp(-(agents - erlangs) * seconds / handlingSeconds);
	}

	/**
	 * The fewest agents that answer {@code share} (0–1, below 1) of the buyers within
	 * {@code seconds}, when {@code arrivals} buyers come in {@code intervalSeconds} and
	 * each takes {@code handlingSeconds}; 0 when there is no load.
	 */
	public static int agents(double arrivals, double intervalSeconds, double handlingSeconds, double share,
			double seconds) {
		if (!(share > 0 && share < 1)) {
			throw new IllegalArgumentException("share: above 0 and below 1, not " + share);
		}
		double erlangs = arrivals * handlingSeconds / intervalSeconds;
		if (!(erlangs > 0) || Double.isInfinite(erlangs)) {
			return 0;
		}
		// B(n) is built up one agent at a time while the search climbs, so the whole
		// search costs one pass of the recurrence
		double b = 1;
		for (int n = 1; n <= MOST_AGENTS; n++) {
			b = erlangs * b / (n + erlangs * b);
			if (serviceLevel(n, erlangs, handlingSeconds, seconds, b) >= share) {
				return n;
			}
		}
		throw new IllegalArgumentException(
				"erlangs: a load of " + erlangs + " needs more than " + MOST_AGENTS + " agents");
	}

}
