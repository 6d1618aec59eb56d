package io.kefu.analytics;

import java.time.LocalDate;

import io.kefu.shop.ShopId;

/**
 * Recomputes a shop's facts and day sums from its stored history in the caller's thread,
 * rather than through the background worker: for the tools that time it
 * ({@code bench figures}).
 */
public interface FigureRebuild {

	/**
	 * Deletes the shop's facts and day sums: the next recompute starts from nothing, as
	 * for a shop's first figures.
	 */
	void forget(ShopId shopId);

	/**
	 * Recomputes the facts of business days {@code first} to {@code last}, a week at a
	 * time, then the day sums of every day that touched; what was queued for the shop's
	 * days is then done.
	 */
	void recompute(ShopId shopId, LocalDate first, LocalDate last);

}
