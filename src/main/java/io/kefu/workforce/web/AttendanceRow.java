package io.kefu.workforce.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.kefu.workforce.AttendanceDay;
import io.kefu.workforce.AttendanceSheet;
import io.kefu.workforce.AttendanceSummary;

import org.jspecify.annotations.Nullable;

/**
 * An agent's line on the attendance page and their shifts below it, with the times read
 * in the shop's time zone.
 */
record AttendanceRow(AttendanceSheet.Member agent, AttendanceSummary summary, List<Shift> shifts) {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter DATED_CLOCK = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	static AttendanceRow of(AttendanceSheet.Member agent, AttendanceSummary summary, List<AttendanceDay> days,
			ZoneId zone) {
		List<Shift> shifts = days.stream()
			.filter(day -> day.agent().equals(agent.id()))
			.map(day -> Shift.of(day, zone))
			.toList();
		return new AttendanceRow(agent, summary, shifts);
	}

	/** Whether the month has anything the supervisor may want to look at. */
	public boolean anyMarked() {
		return summary.late() + summary.leftEarly() + summary.absent() > 0;
	}

	/**
	 * A shift as the page shows it.
	 *
	 * @param hours the shift's clock times ({@code 09:00–17:30})
	 * @param signedIn when the agent came, with the date when not the shift's day; null
	 * if never
	 * @param signedOff when they left, likewise; null if they stayed to the end
	 */
	record Shift(AttendanceDay day, String hours, @Nullable String signedIn, @Nullable String signedOff) {

		static Shift of(AttendanceDay day, ZoneId zone) {
			return new Shift(day, CLOCK.format(day.start().atZone(zone)) + "–" + CLOCK.format(day.end().atZone(zone)),
					time(day.signedIn(), day.day(), zone), time(day.signedOff(), day.day(), zone));
		}

		private static @Nullable String time(@Nullable Instant at, LocalDate day, ZoneId zone) {
			if (at == null) {
				return null;
			}
			return at.atZone(zone).toLocalDate().equals(day) ? CLOCK.format(at.atZone(zone))
					: DATED_CLOCK.format(at.atZone(zone));
		}

	}

}
