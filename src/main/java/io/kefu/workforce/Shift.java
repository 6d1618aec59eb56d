package io.kefu.workforce;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/**
 * A shift (班次) of the roster: a stretch of the day that agents of a group work.
 *
 * @param code the short code the roster shows in its cells
 * @param name the name the department uses (白班, 晚班)
 * @param start the clock time the shift starts
 * @param end the clock time it ends; before {@code start} when it runs past midnight
 * @param group the receptions it staffs
 */
public record Shift(String code, String name, LocalTime start, LocalTime end, ShiftGroup group) {

	private static final LocalTime NOON = LocalTime.NOON;

	/** Seed 000's three shifts, for both groups. */
	public static List<Shift> defaults() {
		return List.of(new Shift("D", "白班", LocalTime.of(9, 0), LocalTime.of(17, 30), ShiftGroup.BOTH),
				new Shift("H", "半白班", LocalTime.of(10, 0), LocalTime.of(15, 30), ShiftGroup.BOTH),
				new Shift("N", "晚班", LocalTime.of(17, 0), LocalTime.of(23, 30), ShiftGroup.BOTH));
	}

	/** The minutes worked. */
	public int minutes() {
		long minutes = Duration.between(start, end).toMinutes();
		return (int) (minutes <= 0 ? minutes + 24 * 60 : minutes);
	}

	/** A day shift starts in the morning; it may not follow a night shift. */
	public boolean isDayShift() {
		return start.isBefore(NOON);
	}

	/** A night shift starts in the afternoon or evening and keeps the agent late. */
	public boolean isNightShift() {
		return !start.isBefore(NOON);
	}

	/**
	 * Whether an agent on this shift is at work for the whole half hour starting at
	 * {@code halfHour}.
	 */
	public boolean covers(LocalTime halfHour) {
		int from = start.toSecondOfDay() / 60;
		int to = from + minutes();
		int at = halfHour.toSecondOfDay() / 60;
		// a shift past midnight covers the early half hours of the next clock day too
		return covered(from, to, at) || covered(from, to, at + 24 * 60);
	}

	private static boolean covered(int from, int to, int at) {
		return from <= at && at + 30 <= to;
	}

}
