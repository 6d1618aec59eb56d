package io.kefu.analytics.internal;

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
			try {
				pending.drain();
			}
			catch (RuntimeException ex) {
				// a failing shop must not stop the figures of the others; it is retried
				log.warn("Recomputing figures failed; retrying shortly", ex);
			}
			try {
				wake.tryAcquire(3, TimeUnit.SECONDS);
				wake.drainPermits();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	@PreDestroy
	void stop() {
		running = false;
		if (thread != null) {
			thread.interrupt();
		}
	}

}
