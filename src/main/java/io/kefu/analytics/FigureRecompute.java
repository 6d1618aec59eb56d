package io.kefu.analytics;

import java.time.LocalDate;

import io.kefu.shop.ShopId;

import org.jspecify.annotations.Nullable;

/**
 * Bringing a shop's figures up to date. Whatever stores messages or orders queues the
 * business days they touch, and the server's background worker recomputes them; reading
 * figures never recomputes nor waits, and says {@code stale} while a recompute of its
 * days is queued.
 */
public interface FigureRecompute {

	/**
	 * Queues the recompute of the shop's days {@code from} to {@code to} (its whole
	 * history when both are null) and asks the server's worker to start at once.
	 */
	void request(ShopId shopId, @Nullable LocalDate from, @Nullable LocalDate to);

	/**
	 * Recomputes everything queued, in the caller's thread: what a command does, which
	 * runs no worker.
	 */
	void runQueued();

}
