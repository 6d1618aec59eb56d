package io.kefu.demo;

import java.time.LocalDate;

/**
 * How much demo history to generate: {@code scale} times the normal volume of a desk-lamp flagship, over
 * {@code days} business days ending with {@code lastDay}, from {@code seed} (same seed, same shop).
 */
public record DemoVolume(int scale, long seed, int days, LocalDate lastDay) {

	public DemoVolume {
		if (scale < 1) {
			throw new IllegalArgumentException("The scale is at least 1, not " + scale);
		}
		if (days < 1) {
			throw new IllegalArgumentException("The history covers at least one day, not " + days);
		}
	}
}
