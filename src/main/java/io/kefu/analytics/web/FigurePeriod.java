package io.kefu.analytics.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.jspecify.annotations.Nullable;

/** The ranges of business days a dashboard offers, relative to the shop's today. */
enum FigurePeriod {

	TODAY, YESTERDAY, WEEK, MONTH, RANGE;

	/**
	 * The range's first and last day; a custom range falls back to today when incomplete.
	 */
	LocalDate[] days(LocalDate today, @Nullable LocalDate from, @Nullable LocalDate to) {
		return switch (this) {
			case TODAY -> new LocalDate[] { today, today };
			case YESTERDAY -> new LocalDate[] { today.minusDays(1), today.minusDays(1) };
			case WEEK -> new LocalDate[] { today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today };
			case MONTH -> new LocalDate[] { today.withDayOfMonth(1), today };
			case RANGE -> from == null || to == null ? new LocalDate[] { today, today } : new LocalDate[] { from, to };
		};
	}

}
