package io.kefu.quality;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The disputed hits (申诉) that wait for a supervisor's settlement.
 *
 * @param waiting how many hits are disputed and not yet settled
 * @param oldestDay the business day of the oldest of them; null when none waits
 */
public record Disputes(long waiting, @Nullable LocalDate oldestDay) {

	public static final Disputes NONE = new Disputes(0, null);

}
