package io.kefu.analytics.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.kefu.shop.Shop;
import io.kefu.shop.Shops;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One background thread of the running server that recomputes pending days as soon as
 * they are queued, and every few seconds for days queued by another process (an import
 * from the command line).
 */
@Component
@ConditionalOnWebApplication
class RecomputeWorker {

	private static final Logger log = LoggerFactory.getLogger(RecomputeWorker.class);

	static final Duration MIN_REST = Duration.ofSeconds(3);

	static final Duration MAX_REST = Duration.ofSeconds(60);

	private final PendingRecompute pending;

	private final Shops shops;

	private final Semaphore wake = new Semaphore(0);

	private volatile boolean running = true;

	private Thread thread;

	RecomputeWorker(PendingRecompute pending, Shops shops) {
		this.pending = pending;
		this.shops = shops;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		for (Shop shop : shops.all()) {
			pending.queueHistoryOnce(shop.id().value());
		}
		thread = new Thread(this::work, "kefu-figures");
		thread.setDaemon(true);
		thread.start();
	}

	/** Asks for pending days to be recomputed now. */
	void wake() {
		wake.release();
	}

	private void work() {
		while (running) {
			long started = System.nanoTime();
			try {
				pending.drain();
			}
			catch (RuntimeException ex) {
				// a failing shop must not stop the figures of the others; it is retried
				log.warn("Recomputing figures failed; retrying shortly", ex);
			}
			try {
				wake.tryAcquire(restAfter(Duration.ofNanos(System.nanoTime() - started)).toMillis(),
						TimeUnit.MILLISECONDS);
				wake.drainPermits();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * How long to wait for more changes after a recompute that took {@code took}: a busy
	 * live chat queues today again with every message, and recomputing today back to back
	 * would take the machine from the chat. Resting four times as long keeps recomputes
	 * to a fifth of the time; a reader who wants fresh figures wakes the worker at once.
	 */
	static Duration restAfter(Duration took) {
		Duration rest = took.multipliedBy(4);
		return rest.compareTo(MIN_REST) < 0 ? MIN_REST : rest.compareTo(MAX_REST) > 0 ? MAX_REST : rest;
	}

	@PreDestroy
	void stop() {
		running = false;
		if (thread != null) {
			thread.interrupt();
		}
	}

}
