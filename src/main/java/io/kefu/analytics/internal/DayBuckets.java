package io.kefu.analytics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kefu.order.Refund;
import io.kefu.shop.Shop;

/**
 * A range's receptions and orders sorted by the business days whose figures they can
 * touch, so that a trend adds up each day from its own share instead of the whole range:
 * an order touches the days of the inquiries it may convert (its creation day and the
 * validity before it), its payment day and its refunds' days.
 */
final class DayBuckets {

	private final Map<LocalDate, List<ReceptionSummary>> receptions = new HashMap<>();

	private final Map<LocalDate, Set<CreditedOrder>> orders = new HashMap<>();

	private final Map<LocalDate, List<UnreceivedDay>> unreceived = new HashMap<>();

	DayBuckets(Shop shop, int validityDays, List<ReceptionSummary> summaries, List<CreditedOrder> credited,
			List<UnreceivedDay> unreceivedDays) {
		for (ReceptionSummary reception : summaries) {
			receptions.computeIfAbsent(reception.day(), day -> new ArrayList<>()).add(reception);
		}
		for (CreditedOrder order : credited) {
			LocalDate created = shop.businessDay(order.createdAt());
			for (int back = 0; back < validityDays; back++) {
				add(created.minusDays(back), order);
			}
			if (order.paidAt() != null) {
				add(shop.businessDay(order.paidAt()), order);
				for (Refund refund : order.refunds()) {
					add(shop.businessDay(refund.refundedAt() != null ? refund.refundedAt() : order.paidAt()), order);
				}
			}
		}
		for (UnreceivedDay day : unreceivedDays) {
			unreceived.computeIfAbsent(day.day(), key -> new ArrayList<>()).add(day);
		}
	}

	private void add(LocalDate day, CreditedOrder order) {
		orders.computeIfAbsent(day, key -> new LinkedHashSet<>()).add(order);
	}

	List<ReceptionSummary> receptions(LocalDate day) {
		return receptions.getOrDefault(day, List.of());
	}

	List<CreditedOrder> orders(LocalDate day) {
		return List.copyOf(orders.getOrDefault(day, Set.of()));
	}

	List<UnreceivedDay> unreceived(LocalDate day) {
		return unreceived.getOrDefault(day, List.of());
	}

}
