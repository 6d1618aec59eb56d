package io.kefu.analytics.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.stereotype.Repository;

/**
 * The business days of each shop whose messages or orders changed since their facts were
 * computed. Rows are written in the transaction that changed the data, so a change is
 * never committed without its recompute being queued.
 */
@Repository
class PendingDays {

	private final JdbcClient jdbc;

	private final Set<Span> queuedSinceRead = ConcurrentHashMap.newKeySet();

	PendingDays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Queues the days in the caller's transaction, unless the same days were queued since
	 * the worker last read the queue: a live chat stores its messages one at a time, each
	 * touching today, and one row is enough until the worker reads it. A transaction that
	 * rolls back forgets that it queued.
	 */
	void add(long shopId, LocalDate first, LocalDate last) {
		Span span = new Span(shopId, first, last);
		if (!queuedSinceRead.add(span)) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						queuedSinceRead.remove(span);
					}
				}
			});
		}
		jdbc.sql("insert into figure_pending (shop_id, first_day, last_day) values (?, ?, ?)")
			.params(shopId, first, last)
			.update();
	}

	/**
	 * Everything queued; whatever is queued from now on gets a row of its own, to be read
	 * next time.
	 */
	List<Pending> all() {
		queuedSinceRead.clear();
		return jdbc.sql("select id, shop_id, first_day, last_day from figure_pending order by shop_id, id")
			.query((row, n) -> new Pending(row.getLong(1), row.getLong(2), row.getObject(3, LocalDate.class),
					row.getObject(4, LocalDate.class)))
			.list();
	}

	void done(List<Long> ids) {
		jdbc.sql("delete from figure_pending where id = any(?)").param(ids.toArray(Long[]::new)).update();
	}

	/**
	 * Whether a pending change may alter the figures of days up to {@code last}: a change
	 * touches its days, the day before (the grace), and orders credited or paid later.
	 */
	boolean anyTouching(long shopId, LocalDate last) {
		return jdbc.sql("select exists (select 1 from figure_pending where shop_id = ? and first_day <= ?)")
			.params(shopId, last.plusDays(1))
			.query(Boolean.class)
			.single();
	}

	/** Queues a shop's whole history once; false when it was queued before. */
	boolean markHistoryQueued(long shopId) {
		return jdbc.sql("insert into figure_history (shop_id) values (?) on conflict do nothing")
			.param(shopId)
			.update() == 1;
	}

	record Pending(long id, long shopId, LocalDate first, LocalDate last) {
	}

	private record Span(long shopId, LocalDate first, LocalDate last) {
	}

}
