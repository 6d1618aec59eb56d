package io.kefu.workforce;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A promotion day (大促) whose arrivals the supervisor expects to be a multiple of a normal
 * day's, e.g. 双11 × 5: history knows nothing about a sale that has not happened.
 *
 * @param factor what the forecast arrivals of the day are multiplied by (above 0, at most
 * 100)
 */
public record PromotionDay(LocalDate date, double factor) {

	public static final double MAX_FACTOR = 100;

	public PromotionDay {
		Objects.requireNonNull(date, "date");
		if (!(factor > 0 && factor <= MAX_FACTOR)) {
			throw new IllegalArgumentException("factor: above 0 and at most " + MAX_FACTOR + ", not " + factor);
		}
	}

}
