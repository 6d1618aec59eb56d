package io.kefu.demo;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * How much demo history to generate: {@code scale} times the normal volume of a desk-lamp
 * flagship, over {@code days} business days ending with {@code lastDay}, from
 * {@code seed} (same seed and dates, same shop). Nothing happens at or after
 * {@code until} (when given): a demo made during today holds today's morning, not its
 * evening.
 */
public record DemoVolume(int scale, long seed, int days, LocalDate lastDay, @Nullable Instant until) {

	public DemoVolume(int scale, long seed, int days, LocalDate lastDay) {
		this(scale, seed, days, lastDay, null);
	}

	public DemoVolume {
		if (scale < 1) {
			throw new IllegalArgumentException("The scale is at least 1, not " + scale);
		}
		if (days < 1) {
			throw new IllegalArgumentException("The history covers at least one day, not " + days);
		}
	}
}
