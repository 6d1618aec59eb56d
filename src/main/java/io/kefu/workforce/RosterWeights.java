package io.kefu.workforce;

/**
 * How much each soft roster rule weighs for a shop: each unit of the rule's penalty costs
 * this many soft points. 0 switches the rule off; the hard rules and the need's cover are
 * not weighed, they always count.
 *
 * @param hoursBalance {@link RosterConstraintNames#HOURS_BALANCED}
 * @param lastMonth {@link RosterConstraintNames#CLOSE_TO_LAST_MONTH}
 * @param requestedOff {@link RosterConstraintNames#REQUESTED_DAYS_OFF_HONOURED}
 * @param weekends {@link RosterConstraintNames#WEEKENDS_OFF_SPREAD}
 */
public record RosterWeights(int hoursBalance, int lastMonth, int requestedOff, int weekends) {

	/**
	 * The highest weight: hours balance already counts squared half hours per pair of
	 * agents, and the soft score is an {@code int}.
	 */
	public static final int MAX = 100;

	/** Every soft rule weighs 1. */
	public static final RosterWeights DEFAULTS = new RosterWeights(1, 1, 1, 1);

	public RosterWeights {
		check("hoursBalance", hoursBalance);
		check("lastMonth", lastMonth);
		check("requestedOff", requestedOff);
		check("weekends", weekends);
	}

	private static void check(String name, int weight) {
		if (weight < 0 || weight > MAX) {
			throw new IllegalArgumentException(name + " must be 0 to " + MAX + ", was " + weight);
		}
	}

}
