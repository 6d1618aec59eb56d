package io.kefu.workforce;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An agent as the roster sees them: what they may work and what they asked for.
 *
 * @param id the agent's id (their username)
 * @param name the name the roster shows
 * @param group the receptions they take
 * @param trainee whether they are still in training (never alone on a shift)
 * @param leave the approved leave days (请假) of the month: days off that are not rest days
 * @param requestedOff the days they asked to have off (a preference, not a rule)
 * @param lastMonth last month's usual shift code per weekday, {@link #DAY_OFF} for a day
 * off; a weekday without an entry has no history
 */
public record RosterAgent(String id, String name, ShiftGroup group, boolean trainee, Set<LocalDate> leave,
		Set<LocalDate> requestedOff, Map<DayOfWeek, String> lastMonth) {

	/** The code of a day off in {@link #lastMonth}. */
	public static final String DAY_OFF = "";

	public RosterAgent {
		leave = Set.copyOf(leave);
		requestedOff = Set.copyOf(requestedOff);
		lastMonth = Map.copyOf(lastMonth);
	}

	/** An agent without leave, wishes or history. */
	public static RosterAgent of(String id, ShiftGroup group, boolean trainee) {
		return new RosterAgent(id, id, group, trainee, Set.of(), Set.of(), Map.of());
	}

	public boolean onLeave(LocalDate day) {
		return leave.contains(day);
	}

	public boolean requestedOff(LocalDate day) {
		return requestedOff.contains(day);
	}

	public boolean mayWork(Shift shift) {
		return group.fits(shift.group());
	}

	/**
	 * Last month's shift code on the weekday of {@code day} ({@link #DAY_OFF} for a day
	 * off), empty without history.
	 */
	public Optional<String> lastMonthOn(LocalDate day) {
		return Optional.ofNullable(lastMonth.get(day.getDayOfWeek()));
	}

	/** Whether the other agent can keep this trainee company on a shift. */
	public boolean canAccompany(RosterAgent trainee) {
		return !this.trainee && !id.equals(trainee.id) && group.fits(trainee.group);
	}

}
