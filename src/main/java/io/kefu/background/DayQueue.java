package io.kefu.background;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Periods of shops' business days waiting for one kind of work, in a table of its own
 * ({@code id, shop_id, first_day, last_day}). A period is added in the caller's
 * transaction, so that a change is never committed without its work queued, and deleted
 * once its work is done, so that a stop loses none.
 */
public class DayQueue {

	private static final Pattern TABLE = Pattern.compile("[a-z_]+");

	private final JdbcClient jdbc;

	private final String table;

	// guarded by this, as are the two below
	private final Set<Span> queuedSinceRead = new HashSet<>();

	/**
	 * Open transactions that found their days already queued, by span: their data is not
	 * committed yet, so the row they count on may be read and done without it.
	 */
	private final Map<Span, Integer> relyingOnQueued = new HashMap<>();

	/** One drain at a time: the worker's and a command's would do the same work twice. */
	private final ReentrantLock draining = new ReentrantLock();

	public DayQueue(JdbcClient jdbc, String table) {
		if (!TABLE.matcher(table).matches()) {
			throw new IllegalArgumentException("Not a table name: " + table);
		}
		this.jdbc = jdbc;
		this.table = table;
	}

	/**
	 * Queues the days in the caller's transaction, unless the same days were queued since
	 * the queue was last read: a live chat stores its messages one at a time, each
	 * touching today, and one row is enough until the worker reads it. A transaction that
	 * rolls back forgets that it queued.
	 */
	public void add(long shopId, LocalDate first, LocalDate last) {
		Span span = new Span(shopId, first, last);
		boolean inTransaction = TransactionSynchronizationManager.isSynchronizationActive();
		synchronized (this) {
			if (!queuedSinceRead.add(span)) {
				if (inTransaction) {
					relyOnQueued(span);
				}
				return;
			}
		}
		if (inTransaction) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						synchronized (DayQueue.this) {
							queuedSinceRead.remove(span);
						}
					}
				}
			});
		}
		insert(span);
	}

	// called holding the lock, so that a read either sees this transaction relying on the
	// span or clears the span before it, making the transaction queue a row of its own
	private void relyOnQueued(Span span) {
		relyingOnQueued.merge(span, 1, Integer::sum);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				synchronized (DayQueue.this) {
					relyingOnQueued.computeIfPresent(span, (relied, count) -> count == 1 ? null : count - 1);
				}
			}
		});
	}

	private void insert(Span span) {
		jdbc.sql("insert into " + table + " (shop_id, first_day, last_day) values (?, ?, ?)")
			.params(span.shopId(), span.first(), span.last())
			.update();
	}

	/**
	 * Everything queued, shop by shop and oldest first; whatever is queued from now on
	 * gets a row of its own, to be read next time.
	 */
	public List<QueuedDays> all() {
		Set<Span> relied;
		synchronized (this) {
			queuedSinceRead.clear();
			relied = Set.copyOf(relyingOnQueued.keySet());
		}
		List<QueuedDays> queued = jdbc
			.sql("select id, shop_id, first_day, last_day from " + table + " order by shop_id, id")
			.query((row, n) -> new QueuedDays(row.getLong(1), row.getLong(2), row.getObject(3, LocalDate.class),
					row.getObject(4, LocalDate.class)))
			.list();
		// the periods just read may be done before those transactions commit their data,
		// so
		// their days are queued again, committed before the work starts: a stop loses
		// none
		relied.forEach(this::insert);
		return queued;
	}

	public void done(List<Long> ids) {
		jdbc.sql("delete from " + table + " where id = any(?)").param(ids.toArray(Long[]::new)).update();
	}

	/** Whether a period of the shop that starts on or before {@code day} is queued. */
	public boolean anyStartingBy(long shopId, LocalDate day) {
		return jdbc.sql("select exists (select 1 from " + table + " where shop_id = ? and first_day <= ?)")
			.params(shopId, day)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Works off everything queued now, shop by shop, each shop's periods as one from the
	 * earliest first day to the latest last day, and deletes them once their work is
	 * done; what is queued meanwhile waits for the next call. A failing shop stops the
	 * drain and keeps its days, to be tried again.
	 */
	public void drain(ShopDays work) {
		draining.lock();
		try {
			Map<Long, List<QueuedDays>> byShop = new LinkedHashMap<>();
			for (QueuedDays days : all()) {
				byShop.computeIfAbsent(days.shopId(), shop -> new ArrayList<>()).add(days);
			}
			byShop.forEach((shopId, queued) -> {
				LocalDate first = queued.stream().map(QueuedDays::first).min(LocalDate::compareTo).orElseThrow();
				LocalDate last = queued.stream().map(QueuedDays::last).max(LocalDate::compareTo).orElseThrow();
				work.on(shopId, first, last);
				done(queued.stream().map(QueuedDays::id).toList());
			});
		}
		finally {
			draining.unlock();
		}
	}

	/** The work done on a shop's queued days. */
	@FunctionalInterface
	public interface ShopDays {

		void on(long shopId, LocalDate first, LocalDate last);

	}

	private record Span(long shopId, LocalDate first, LocalDate last) {
	}

}
