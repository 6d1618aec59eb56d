package io.kefu.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

/**
 * A span of the day in shop time, start inclusive and end exclusive, written
 * {@code 10:00-11:30}.
 */
public record TimeWindow(LocalTime start, LocalTime end) {

	public TimeWindow {
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException("A time window ends after it starts: " + start + "-" + end);
		}
	}

	public boolean contains(LocalTime time) {
		return !time.isBefore(start) && time.isBefore(end);
	}

	/**
	 * The first instant at or after {@code from} that falls in one of the windows, in
	 * {@code zone}'s time of day.
	 */
	public static Instant nextOpening(List<TimeWindow> windows, Instant from, ZoneId zone) {
		LocalDate day = from.atZone(zone).toLocalDate();
		List<TimeWindow> inOrder = windows.stream().sorted(Comparator.comparing(TimeWindow::start)).toList();
		for (int offset = 0; offset < 3; offset++) {
			for (TimeWindow window : inOrder) {
				Instant start = day.plusDays(offset).atTime(window.start()).atZone(zone).toInstant();
				Instant end = day.plusDays(offset).atTime(window.end()).atZone(zone).toInstant();
				Instant candidate = start.isAfter(from) ? start : from;
				if (candidate.isBefore(end)) {
					return candidate;
				}
			}
		}
		throw new IllegalArgumentException("No window opens within three days of " + from);
	}

	/**
	 * @throws IllegalArgumentException unless the text is {@code HH:mm-HH:mm} with the
	 * end after the start
	 */
	public static TimeWindow parse(String text) {
		String[] parts = text.strip().split("\\s*[-–~]\\s*");
		if (parts.length != 2) {
			throw new IllegalArgumentException("A time window is written HH:mm-HH:mm, not " + text);
		}
		try {
			return new TimeWindow(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("A time window is written HH:mm-HH:mm, not " + text, ex);
		}
	}

	@Override
	public String toString() {
		return start + "-" + end;
	}
}
