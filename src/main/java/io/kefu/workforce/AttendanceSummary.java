package io.kefu.workforce;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kefu.staff.AgentId;

/**
 * An agent's attendance over a month, for the appraisal's reward/penalty sheet: the
 * supervisor reads it and decides what to enter there.
 *
 * @param agent the agent
 * @param shifts the shifts judged (ended, not on leave)
 * @param late how many of them the agent was late for
 * @param lateMinutes the minutes late over them
 * @param leftEarly how many they left early
 * @param earlyMinutes the minutes left early over them
 * @param absent how many they never came to
 */
public record AttendanceSummary(AgentId agent, int shifts, int late, int lateMinutes, int leftEarly, int earlyMinutes,
		int absent) {

	/** Each agent's summary of their days, in the order the agents first appear. */
	public static List<AttendanceSummary> of(Collection<AttendanceDay> days) {
		Map<AgentId, AttendanceSummary> summaries = new LinkedHashMap<>();
		for (AttendanceDay day : days) {
			summaries.merge(day.agent(), one(day), AttendanceSummary::plus);
		}
		return List.copyOf(summaries.values());
	}

	private static AttendanceSummary one(AttendanceDay day) {
		if (day.state() != AttendanceDay.State.JUDGED) {
			return new AttendanceSummary(day.agent(), 0, 0, 0, 0, 0, 0);
		}
		return new AttendanceSummary(day.agent(), 1, day.late() ? 1 : 0, day.lateMinutes(), day.leftEarly() ? 1 : 0,
				day.earlyMinutes(), day.absent() ? 1 : 0);
	}

	private AttendanceSummary plus(AttendanceSummary other) {
		return new AttendanceSummary(agent, shifts + other.shifts, late + other.late, lateMinutes + other.lateMinutes,
				leftEarly + other.leftEarly, earlyMinutes + other.earlyMinutes, absent + other.absent);
	}

}
