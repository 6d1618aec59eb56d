package io.kefu.analytics.internal;

import io.kefu.analytics.FigureSettings;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A shop's figure settings, and their changes: a change of a setting that shapes the
 * facts queues the recompute of the shop's whole history.
 */
@Component
class FigureSettingsChanges {

	private final FigureSettingsStore store;

	private final PendingRecompute recompute;

	private final RecomputeRequests requests;

	FigureSettingsChanges(FigureSettingsStore store, PendingRecompute recompute, RecomputeRequests requests) {
		this.store = store;
		this.recompute = recompute;
		this.requests = requests;
	}

	FigureSettings of(long shopId) {
		return store.of(shopId);
	}

	@Transactional
	void change(long shopId, FigureSettings settings) {
		FigureSettings before = store.of(shopId);
		store.save(shopId, settings);
		if (changesFacts(before, settings)) {
			recompute.queueHistory(shopId);
			requests.wakeWorker();
		}
	}

	/**
	 * The judge rule and the targets are applied when figures are read (the facts hold
	 * every rule's credits); every other setting shapes the facts.
	 */
	private static boolean changesFacts(FigureSettings before, FigureSettings after) {
		return before.validityDays() != after.validityDays() || before.afterSalesDays() != after.afterSalesDays()
				|| !before.grace().equals(after.grace()) || before.filterOwnAccounts() != after.filterOwnAccounts()
				|| !before.ownAccounts().equals(after.ownAccounts())
				|| before.filterEmptyChats() != after.filterEmptyChats()
				|| !before.excludedFlags().equals(after.excludedFlags())
				|| !before.serviceStart().equals(after.serviceStart())
				|| !before.serviceEnd().equals(after.serviceEnd())
				|| !before.slowThreshold().equals(after.slowThreshold());
	}

}
