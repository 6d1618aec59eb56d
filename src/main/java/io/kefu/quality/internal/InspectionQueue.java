package io.kefu.quality.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kefu.analytics.ReceptionsRecomputed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Days waiting to be inspected, kept in a table so that a stop loses none: the days the
 * figures stored again, and the periods a supervisor asked to inspect again. The web
 * application's {@link InspectionWorker} drains it; a command queues without inspecting.
 */
@Component
class InspectionQueue {

	private static final Logger log = LoggerFactory.getLogger(InspectionQueue.class);

	private static final int DAYS_AT_A_TIME = 7;

	private final JdbcClient jdbc;

	private final DayInspections inspections;

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

	private record Pending(long id, long shopId, LocalDate first, LocalDate last) {
	}

}
