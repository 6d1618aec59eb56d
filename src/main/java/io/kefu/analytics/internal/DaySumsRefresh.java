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
		store.lock(shop.id().value());
		DayFacts dayFacts = dayFacts(shop, settings, first, last);
		Map<JudgeRule, List<FigureSheet.DaySums>> byRule = new EnumMap<>(JudgeRule.class);
		for (JudgeRule rule : JudgeRule.values()) {
			byRule.put(rule, sums(shop, settings.withJudgeRule(rule), first, last, dayFacts));
		}
		store.replace(shop.id().value(), first, last, byRule);
	}

	/**
	 * The day sums of the range under the settings' judge rule, added up from the stored
	 * facts and not stored: what a range reads for its days without stored sums (days
	 * without data since the last recompute), as a recompute would store them.
	 */
	List<FigureSheet.DaySums> sums(Shop shop, FigureSettings settings, LocalDate first, LocalDate last) {
		return sums(shop, settings, first, last, dayFacts(shop, settings, first, last));
	}

	private List<FigureSheet.DaySums> sums(Shop shop, FigureSettings settings, LocalDate first, LocalDate last,
			DayFacts dayFacts) {
		return new FigureSheet(shop, settings, first, last).days(dayFacts.receptions(),
				credited(dayFacts.active(), settings.judgeRule()), dayFacts.unreceived());
	}

	private DayFacts dayFacts(Shop shop, FigureSettings settings, LocalDate first, LocalDate last) {
		long shopId = shop.id().value();
		// the next day's receptions tell which grace messages they count again
		return new DayFacts(facts.summaries(shopId, first, last.plusDays(1)), facts.unreceived(shopId, first, last),
				activeOrders(shop, settings, first, last));
	}

	private record DayFacts(List<ReceptionSummary> receptions, List<UnreceivedDay> unreceived, List<Order> active) {
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
		return orders.paymentsActiveBetween(shop.id(), shop.startOf(from),
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
				credited.add(new CreditedOrder(order.id().value(), order.orderNo().value(), order.buyerId().value(),
						credit.agent(), credit.receptionDay(), order.createdAt(), order.paidAt(), order.paidAmount(),
						order.refunds()));
			}
		}
		return credited;
	}

}
