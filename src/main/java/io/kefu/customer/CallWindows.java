package io.kefu.customer;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * When to phone a buyer (seed 003, 任务6.2): not at meal times, best in the afternoon (the
 * seed suggests 15:00–16:00), not on Mondays (the week's busiest day), and neither early
 * nor late.
 */
public final class CallWindows {

	/** The verdict on a moment, as the call screen shows it. */
	public enum Advice {

		BEST, FINE, MEAL_TIME, MONDAY, TOO_EARLY_OR_LATE

	}

	private static final LocalTime BEST_FROM = LocalTime.of(15, 0);

	private static final LocalTime BEST_TO = LocalTime.of(16, 0);

	private CallWindows() {
	}

	public static Advice at(ZonedDateTime when) {
		LocalTime time = when.toLocalTime();
		if (time.isBefore(LocalTime.of(9, 0)) || !time.isBefore(LocalTime.of(21, 0))) {
			return Advice.TOO_EARLY_OR_LATE;
		}
		if (between(time, 11, 30, 13, 30) || between(time, 17, 30, 19, 0)) {
			return Advice.MEAL_TIME;
		}
		if (when.getDayOfWeek() == DayOfWeek.MONDAY) {
			return Advice.MONDAY;
		}
		return !time.isBefore(BEST_FROM) && time.isBefore(BEST_TO) ? Advice.BEST : Advice.FINE;
	}

	private static boolean between(LocalTime time, int fromHour, int fromMinute, int toHour, int toMinute) {
		return !time.isBefore(LocalTime.of(fromHour, fromMinute)) && time.isBefore(LocalTime.of(toHour, toMinute));
	}

}
