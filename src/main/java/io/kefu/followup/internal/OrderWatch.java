package io.kefu.followup.internal;

import java.time.Clock;

import io.kefu.analytics.ReceptionsRecomputed;
import io.kefu.followup.Followups;
import io.kefu.order.OrdersStored;
import io.kefu.shop.ShopOpened;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the follow-ups of orders in step with them: stored orders placed unpaid open
 * their reminders (live ones and imported ones alike), paid or closed ones settle theirs,
 * received ones open their review reminders and orders whose refund case closed their
 * visits; when the figures have credited orders to agents, untouched reminders go to
 * those agents. Each reaction runs after the storing transaction committed, and the event
 * publication registry keeps the event until it did.
 */
@Component
class OrderWatch {

	private static final Logger log = LoggerFactory.getLogger(OrderWatch.class);

	private final Followups followups;

	private final ReminderScripts scripts;

	private final Clock clock;

	OrderWatch(Followups followups, ReminderScripts scripts, Clock clock) {
		this.clock = clock;
		this.followups = followups;
		this.scripts = scripts;
	}

	@ApplicationModuleListener
	void on(OrdersStored stored) {
		int opened = followups.openPaymentReminders(stored.shopId(), stored.earliest(), stored.latest())
				+ followups.openReviewReminders(stored.shopId(), clock.instant())
				+ followups.openAfterSalesVisits(stored.shopId(), clock.instant());
		int settled = followups.settle(stored.shopId());
		int assigned = followups.assignCredited(stored.shopId());
		if (opened > 0) {
			scripts.seed(stored.shopId());
		}
		if (opened + settled > 0) {
			log.debug("Shop {}: {} follow-ups of orders opened, {} settled, {} reminders assigned", stored.shopId(),
					opened, settled, assigned);
		}
	}

	/**
	 * A new shop's supervisor finds the reminder's scripts in the library before any
	 * order.
	 */
	@EventListener
	void on(ShopOpened opened) {
		scripts.seed(opened.shopId());
	}

	@ApplicationModuleListener
	void on(ReceptionsRecomputed recomputed) {
		followups.assignCredited(recomputed.shopId());
	}

}
