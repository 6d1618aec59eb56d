package io.kefu.workforce;

import java.time.YearMonth;
import java.util.List;

import io.kefu.staff.AgentId;

/**
 * A month's attendance (考勤) from the published roster and the presence history: each
 * agent's shifts and how they kept them, and each agent's month in sum. Days off are not
 * listed.
 *
 * @param month the month
 * @param graceMinutes the minutes an agent may be late or leave early unmarked
 * @param agents the agents with a shift in the month, by name
 * @param days their shifts, by agent and day
 * @param summaries one for each agent, in the order of {@code agents}
 */
public record AttendanceSheet(YearMonth month, int graceMinutes, List<Member> agents, List<AttendanceDay> days,
		List<AttendanceSummary> summaries) {

	public AttendanceSheet {
		agents = List.copyOf(agents);
		days = List.copyOf(days);
		summaries = List.copyOf(summaries);
	}

	/** An agent of the sheet. */
	public record Member(AgentId id, String username, String name) {
	}

}
