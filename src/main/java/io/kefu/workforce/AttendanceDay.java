package io.kefu.workforce;

import java.time.Instant;
import java.time.LocalDate;

import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * How an agent kept one shift of the published roster. Only a shift that has ended is
 * judged; one marked late, left early or absent says by how many whole minutes.
 *
 * @param agent the agent
 * @param day the day the shift starts
 * @param shift the shift's code
 * @param shiftName the shift's name
 * @param start when the shift started
 * @param end when it ended
 * @param state whether it is judged
 * @param signedIn when the agent came to the desk for it: the start of the first span at
 * the desk that overlaps the shift (before the shift when they were early); null when
 * they never came
 * @param signedOff when the last span at the desk that overlaps the shift ended; null
 * when they were still at the desk as the shift ended, or never came
 * @param late signed in more than {@link Attendance#GRACE} after the start
 * @param lateMinutes whole minutes after the start they signed in, 0 unless late
 * @param leftEarly signed off more than {@link Attendance#GRACE} before the end and did
 * not come back
 * @param earlyMinutes whole minutes before the end they signed off, 0 unless left early
 * @param absent never at the desk during the shift
 */
public record AttendanceDay(AgentId agent, LocalDate day, String shift, String shiftName, Instant start, Instant end,
		State state, @Nullable Instant signedIn, @Nullable Instant signedOff, boolean late, int lateMinutes,
		boolean leftEarly, int earlyMinutes, boolean absent) {

	/** Whether a shift is judged yet. */
	public enum State {

		/** not begun */
		AHEAD,
		/** begun and not ended: not judged until it ends */
		IN_PROGRESS,
		/** the agent was on approved leave (请假) that day: not judged */
		ON_LEAVE,
		/**
		 * before the shop's presence history begins (or the shop has none): nothing tells
		 * whether the agent was there, so not judged
		 */
		NO_HISTORY,
		/** ended and judged */
		JUDGED

	}

	/** Ended, judged, and neither late nor early nor absent. */
	public boolean kept() {
		return state == State.JUDGED && !late && !leftEarly && !absent;
	}

}
