package io.kefu.quality.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/**
 * The period the settings page asks to inspect again, as typed; {@link #problem()} names
 * the message key of what is wrong with it, or is null.
 */
record RerunForm(@Nullable String from, @Nullable String to) {

	/** As far back as the stored inspections let a period reach at once. */
	static final int MAX_DAYS = 366;

	/**
	 * The years a day to inspect again may be in: the shop's, and ones the clock can add
	 * to.
	 */
	private static final int FIRST_YEAR = 2000;

	private static final int LAST_YEAR = 2099;

	static RerunForm lastWeek(LocalDate today) {
		return new RerunForm(today.minusDays(6).toString(), today.toString());
	}

	@Nullable String problem() {
		LocalDate first = date(from);
		LocalDate last = date(to);
		if (first == null || last == null) {
			return "quality.rules.rerun.invalidDate";
		}
		if (last.isBefore(first) || first.plusDays(MAX_DAYS).isBefore(last)) {
			return "quality.rules.rerun.invalidPeriod";
		}
		return null;
	}

	LocalDate first() {
		return LocalDate.parse(from.strip());
	}

	LocalDate last() {
		return LocalDate.parse(to.strip());
	}

	private static @Nullable LocalDate date(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value.strip());
			return day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR ? null : day;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
