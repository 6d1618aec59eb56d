package io.kefu.workforce;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The agents one half hour of the roster's month needs at work (from
 * {@link StaffingNeed}).
 *
 * @param day the day
 * @param start the half hour's clock time
 * @param agents the agents needed
 */
public record HalfHourNeed(LocalDate day, LocalTime start, int agents) {

	/** The half hours of a day's staffing need that need anyone. */
	public static List<HalfHourNeed> of(StaffingNeed need) {
		return need.intervals()
			.stream()
			.filter((interval) -> interval.agentsNeeded() > 0)
			.map((interval) -> new HalfHourNeed(need.day(), interval.start(), interval.agentsNeeded()))
			.toList();
	}

}
