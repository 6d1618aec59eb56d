package io.kefu.analytics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.kefu.analytics.FigureSettings;
import io.kefu.analytics.JudgeRule;
import io.kefu.order.Order;
import io.kefu.order.Orders;
import io.kefu.shop.Shop;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds up the stored facts of some business days into their day sums, under every judge
 * rule, and stores them: what a range's figures are read from.
 */
@Component
class DaySumsRefresh {

	private final Orders orders;

	private final FactStore facts;

	private final DaySumsStore store;

	DaySumsRefresh(Orders orders, FactStore facts, DaySumsStore store) {
		this.orders = orders;
		this.facts = facts;
		this.store = store;
	}

	@Transactional
	public void refresh(Shop shop, FigureSettings settings, LocalDate first, LocalDate last) {
		long shopId = shop.id().value();
		store.lock(shopId);
		// the next day's receptions tell which grace messages they count again
		List<ReceptionSummary> receptions = facts.summaries(shopId, first, last.plusDays(1));
		List<UnreceivedDay> unreceived = facts.unreceived(shopId, first, last);
		List<Order> active = activeOrders(shop, settings, first, last);
		Map<JudgeRule, List<FigureSheet.DaySums>> byRule = new EnumMap<>(JudgeRule.class);
		for (JudgeRule rule : JudgeRule.values()) {
			FigureSettings ruled = settings.withJudgeRule(rule);
			byRule.put(rule,
					new FigureSheet(shop, ruled, first, last).days(receptions, credited(active, rule), unreceived));
		}
		store.replace(shopId, first, last, byRule);
	}

	/** Adds up the days of the range that have no stored sums. */
	@Transactional
	public void refreshMissing(Shop shop, FigureSettings settings, LocalDate first, LocalDate last) {
		List<LocalDate> missing = store.missing(shop.id().value(), first, last);
		if (!missing.isEmpty()) {
			refresh(shop, settings, missing.get(0), missing.get(missing.size() - 1));
		}
	}

	/**
	 * The orders that a range's figures count, credited under the settings' rule: those
	 * paid or refunded in the range, and those created from its first day to its last
	 * day's validity.
	 */
	List<CreditedOrder> creditedOrders(Shop shop, FigureSettings settings, LocalDate from, LocalDate to) {
		return credited(activeOrders(shop, settings, from, to), settings.judgeRule());
	}

	private List<Order> activeOrders(Shop shop, FigureSettings settings, LocalDate from, LocalDate to) {
		return orders.paymentsActiveBetween(shop.id().value(), shop.startOf(from),
				shop.startOf(to.plusDays(settings.validityDays())));
	}

	private List<CreditedOrder> credited(List<Order> active, JudgeRule rule) {
		Map<Long, Credit> credits = facts.credits(active.stream().map(order -> order.id().value()).toList(), rule);
		List<CreditedOrder> credited = new ArrayList<>(active.size());
		for (Order order : active) {
			Credit credit = credits.get(order.id().value());
			// an order without a credit row is the shop's own, or not computed yet (then
			// the figures are stale)
			if (credit != null) {
				credited.add(new CreditedOrder(order.id().value(), order.orderNo().value(), order.buyerId(),
						credit.agent(), credit.receptionDay(), order.createdAt(), order.paidAt(), order.paidAmount(),
						order.refunds()));
			}
		}
		return credited;
	}

}
