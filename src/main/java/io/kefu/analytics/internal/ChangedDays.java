package io.kefu.analytics.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;

import io.kefu.ingest.MessagesImported;
import io.kefu.ingest.OrdersImported;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the days an import changed, inside the import's transaction: the import and its
 * recompute request commit together or not at all.
 */
@Component
class ChangedDays {

	private final PendingDays pending;

	ChangedDays(PendingDays pending) {
		this.pending = pending;
	}

	@EventListener
	void on(MessagesImported imported) {
		queue(imported.shopId(), imported.businessDays());
	}

	@EventListener
	void on(OrdersImported imported) {
		queue(imported.shopId(), imported.businessDays());
	}

	private void queue(long shopId, Set<LocalDate> days) {
		if (!days.isEmpty()) {
			pending.add(shopId, Collections.min(days), Collections.max(days));
		}
	}

}
