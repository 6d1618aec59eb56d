package io.kefu.analytics.internal;

import java.time.LocalDate;

import io.kefu.analytics.FigureRecompute;
import io.kefu.ingest.MessagesImported;
import io.kefu.ingest.OrdersImported;
import io.kefu.shop.ShopId;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Recomputes asked for: by a person (the recompute button, the API), by a settings
 * change, and by a finished import, whose days are queued already and which wakes the
 * worker so that its figures do not wait for the worker's rest.
 */
@Component
class RecomputeRequests implements FigureRecompute {

	private final PendingRecompute recompute;

	private final PendingDays pending;

	private final ObjectProvider<RecomputeWorker> worker;

	RecomputeRequests(PendingRecompute recompute, PendingDays pending, ObjectProvider<RecomputeWorker> worker) {
		this.recompute = recompute;
		this.pending = pending;
		this.worker = worker;
	}

	@Override
	@Transactional
	public void request(ShopId shopId, @Nullable LocalDate from, @Nullable LocalDate to) {
		if (from == null || to == null) {
			recompute.queueHistory(shopId.value());
		}
		else {
			FigureRanges.requireRange(from, to);
			pending.add(shopId.value(), from, to);
		}
		wakeWorker();
	}

	@Override
	public void runQueued() {
		recompute.run();
	}

	@ApplicationModuleListener
	void on(MessagesImported imported) {
		wakeWorker();
	}

	@ApplicationModuleListener
	void on(OrdersImported imported) {
		wakeWorker();
	}

	/**
	 * Wakes the worker once the caller's transaction is committed: woken before, it could
	 * read the queue without the days just queued, and rest again.
	 */
	void wakeWorker() {
		worker.ifAvailable(running -> {
			if (TransactionSynchronizationManager.isSynchronizationActive()) {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						running.wake();
					}
				});
			}
			else {
				running.wake();
			}
		});
	}

}
