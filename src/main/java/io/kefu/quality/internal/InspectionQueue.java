package io.kefu.quality.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.kefu.analytics.ReceptionsRecomputed;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Days waiting to be inspected, kept in a table so that a stop loses none, and the one
 * thread that inspects them: the days the figures stored again, and the periods a
 * supervisor asked to inspect again. It looks every five seconds when idle, and rests
 * longer after long inspections.
 */
@Component
class InspectionQueue {

	private static final Logger log = LoggerFactory.getLogger(InspectionQueue.class);

	private static final int DAYS_AT_A_TIME = 7;

	static final Duration MIN_REST = Duration.ofSeconds(5);

	static final Duration MAX_REST = Duration.ofSeconds(50);

	private final JdbcClient jdbc;

	private final DayInspections inspections;

	private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "kefu-inspections");
		thread.setDaemon(true);
		return thread;
	});

	InspectionQueue(JdbcClient jdbc, DayInspections inspections) {
		this.jdbc = jdbc;
		this.inspections = inspections;
	}

	@EventListener
	void on(ReceptionsRecomputed recomputed) {
		add(recomputed.shopId(), recomputed.first(), recomputed.last());
	}

	void add(long shopId, LocalDate first, LocalDate last) {
		jdbc.sql("insert into inspection_pending (shop_id, first_day, last_day) values (?, ?, ?)")
			.params(shopId, first, last)
			.update();
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		worker.schedule(this::look, 0, TimeUnit.SECONDS);
	}

	private void look() {
		long started = System.nanoTime();
		drainQuietly();
		worker.schedule(this::look, restAfter(Duration.ofNanos(System.nanoTime() - started)).toMillis(),
				TimeUnit.MILLISECONDS);
	}

	/**
	 * How long to wait before looking again after inspecting for {@code took}: a busy
	 * live chat has the figures store today's receptions again every few seconds, and
	 * inspecting the whole day back to back would take the machine from the chat. Resting
	 * four times as long keeps inspection to a fifth of the time, and a reception is
	 * inspected within about a minute of the figures storing it.
	 */
	static Duration restAfter(Duration took) {
		Duration rest = took.multipliedBy(4);
		return rest.compareTo(MIN_REST) < 0 ? MIN_REST : rest.compareTo(MAX_REST) > 0 ? MAX_REST : rest;
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}

	private void drainQuietly() {
		try {
			drain();
		}
		catch (RuntimeException ex) {
			// the days stay queued and are tried again on the next look
			log.error("Inspecting the queued days failed", ex);
		}
	}

	/** Inspects every queued period; periods queued meanwhile wait for the next call. */
	void drain() {
		List<Pending> pending = jdbc.sql("select id, shop_id, first_day, last_day from inspection_pending order by id")
			.query((rs, n) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalDate.class)))
			.list();
		Map<Long, List<Pending>> byShop = new LinkedHashMap<>();
		pending.forEach(days -> byShop.computeIfAbsent(days.shopId(), shop -> new ArrayList<>()).add(days));
		byShop.forEach(this::inspectShop);
	}

	private void inspectShop(long shopId, List<Pending> queued) {
		LocalDate first = queued.stream().map(Pending::first).min(LocalDate::compareTo).orElseThrow();
		LocalDate last = queued.stream().map(Pending::last).max(LocalDate::compareTo).orElseThrow();
		long started = System.nanoTime();
		int count = 0;
		for (LocalDate from = first; !from.isAfter(last); from = from.plusDays(DAYS_AT_A_TIME)) {
			LocalDate to = from.plusDays(DAYS_AT_A_TIME - 1).isAfter(last) ? last : from.plusDays(DAYS_AT_A_TIME - 1);
			count += inspections.inspect(shopId, from, to);
		}
		jdbc.sql("delete from inspection_pending where id = any(?)")
			.param(queued.stream().map(Pending::id).toArray(Long[]::new))
			.update();
		log.info("Inspected {} receptions of shop {} from {} to {} in {} ms", count, shopId, first, last,
				(System.nanoTime() - started) / 1_000_000);
	}

	/** Whether nothing waits to be inspected: for tests. */
	boolean isEmpty() {
		return jdbc.sql("select count(*) from inspection_pending").query(Long.class).single() == 0;
	}

	private record Pending(long id, long shopId, LocalDate first, LocalDate last) {
	}

}
