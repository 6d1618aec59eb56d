package io.kefu.workforce;

/**
 * The department's roster settings.
 *
 * @param daysOff the rest days (月休) every agent gets in the month, leave not counted
 */
public record RosterRules(int daysOff) {

	/** Seed 000: four days off a month. */
	public static RosterRules defaults() {
		return new RosterRules(4);
	}

}
