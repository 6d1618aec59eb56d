package io.kefu.followup;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

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
