package io.kefu.workforce;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * One place where a roster breaks a rule or leaves the need short, as the page lists it
 * under the grid.
 *
 * @param constraint the rule's name, as {@code RosterConstraints} names it
 * @param level {@code HARD}, {@code MEDIUM} or {@code SOFT}
 * @param agent the agent concerned (their id in the roster), null for a half hour short
 * @param day the day concerned, null for a rule over the month
 * @param time the half hour left short, null otherwise
 * @param penalty what it costs at its level
 */
public record RosterViolation(String constraint, Level level, @Nullable String agent, @Nullable LocalDate day,
		@Nullable LocalTime time, long penalty) {

	/** The score level a rule weighs on. */
	public enum Level {

		HARD, MEDIUM, SOFT

	}

}
