package io.kefu.analytics.internal;

import java.time.Instant;

import io.kefu.order.OrdersStored;
import io.kefu.reception.MessagesStored;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the business days that stored messages and orders touch, inside the transaction
 * that stored them: the data and its recompute request commit together or not at all,
 * whoever wrote them (an import, the demo, live chat).
 */
@Component
class ChangedDays {

	private final PendingDays pending;

	private final Shops shops;

	ChangedDays(PendingDays pending, Shops shops) {
		this.pending = pending;
		this.shops = shops;
	}

	@EventListener
	void on(MessagesStored stored) {
		queue(stored.shopId().value(), stored.earliest(), stored.latest());
	}

	@EventListener
	void on(OrdersStored stored) {
		queue(stored.shopId().value(), stored.earliest(), stored.latest());
	}

	private void queue(long shopId, Instant earliest, Instant latest) {
		shops.find(new ShopId(shopId))
			.ifPresent(shop -> pending.add(shopId, shop.businessDay(earliest), shop.businessDay(latest)));
	}

}
