package io.kefu.analytics.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.kefu.background.DayQueue;
import io.kefu.background.QueuedDays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The business days of each shop whose messages or orders changed since their facts were
 * computed ({@code figure_pending}), and the shops whose whole history was queued once
 * ({@code figure_history}). Days are queued in the transaction that changed the data, so
 * a change is never committed without its recompute being queued.
 */
@Repository
class PendingDays {

	private final JdbcClient jdbc;

	private final DayQueue queue;

	PendingDays(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.queue = new DayQueue(jdbc, "figure_pending");
	}

	void add(long shopId, LocalDate first, LocalDate last) {
		queue.add(shopId, first, last);
	}

	List<QueuedDays> all() {
		return queue.all();
	}

	void done(List<Long> ids) {
		queue.done(ids);
	}

	void drain(DayQueue.ShopDays work) {
		queue.drain(work);
	}

	/**
	 * Whether a pending change may alter the figures of days up to {@code last}: a change
	 * touches its days, the day before (the grace), and orders credited or paid later.
	 */
	boolean anyTouching(long shopId, LocalDate last) {
		return queue.anyStartingBy(shopId, last.plusDays(1));
	}

	/** Queues a shop's whole history once; false when it was queued before. */
	boolean markHistoryQueued(long shopId) {
		return jdbc.sql("insert into figure_history (shop_id) values (?) on conflict do nothing")
			.param(shopId)
			.update() == 1;
	}

	boolean historyQueued(long shopId) {
		return jdbc.sql("select exists (select 1 from figure_history where shop_id = ?)")
			.param(shopId)
			.query(Boolean.class)
			.single();
	}

	/** The shops whose whole history was queued once. */
	Set<Long> historyQueued() {
		return Set.copyOf(jdbc.sql("select shop_id from figure_history").query(Long.class).list());
	}

}
