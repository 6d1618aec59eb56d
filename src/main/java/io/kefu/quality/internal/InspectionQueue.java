package io.kefu.quality.internal;

import java.time.LocalDate;

import io.kefu.analytics.ReceptionsRecomputed;
import io.kefu.background.DayQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Days waiting to be inspected ({@code inspection_pending}), so that a stop loses none:
 * the days the figures stored again, and the periods a supervisor asked to inspect again.
 * The web application's {@link InspectionWorker} drains it; a command queues without
 * inspecting.
 */
@Component
class InspectionQueue {

	private static final Logger log = LoggerFactory.getLogger(InspectionQueue.class);

	private static final int DAYS_AT_A_TIME = 7;

	private final DayQueue queue;

	private final DayInspections inspections;

	InspectionQueue(JdbcClient jdbc, DayInspections inspections) {
		this.queue = new DayQueue(jdbc, "inspection_pending");
		this.inspections = inspections;
	}

	/**
	 * Queues the days whose receptions the figures stored again; the registry of event
	 * publications keeps the event until they are queued.
	 */
	@ApplicationModuleListener
	void on(ReceptionsRecomputed recomputed) {
		add(recomputed.shopId().value(), recomputed.first(), recomputed.last());
	}

	void add(long shopId, LocalDate first, LocalDate last) {
		queue.add(shopId, first, last);
	}

	/** Inspects every queued period; periods queued meanwhile wait for the next call. */
	void drain() {
		queue.drain(this::inspectShop);
	}

	private void inspectShop(long shopId, LocalDate first, LocalDate last) {
		long started = System.nanoTime();
		int count = 0;
		for (LocalDate from = first; !from.isAfter(last); from = from.plusDays(DAYS_AT_A_TIME)) {
			LocalDate to = from.plusDays(DAYS_AT_A_TIME - 1).isAfter(last) ? last : from.plusDays(DAYS_AT_A_TIME - 1);
			count += inspections.inspect(shopId, from, to);
		}
		log.info("Inspected {} receptions of shop {} from {} to {} in {} ms", count, shopId, first, last,
				(System.nanoTime() - started) / 1_000_000);
	}

}
