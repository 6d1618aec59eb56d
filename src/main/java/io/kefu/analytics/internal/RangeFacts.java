package io.kefu.analytics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored facts a range's lines are read from: its receptions, and the orders its
 * figures count with their credits.
 */
record RangeFacts(FigureRanges.Range range, List<ReceptionSummary> summaries, List<CreditedOrder> orders,
		Map<List<Long>, List<CreditedOrder>> byBuyerAndAgent) {

	static RangeFacts of(FigureRanges.Range range, FactStore facts, DaySumsRefresh daySums) {
		List<CreditedOrder> orders = daySums.creditedOrders(range.shop(), range.settings(), range.from(), range.to());
		return new RangeFacts(range, facts.summaries(range.shopId(), range.from(), range.to()), orders,
				byBuyerAndAgent(orders));
	}

	private static Map<List<Long>, List<CreditedOrder>> byBuyerAndAgent(List<CreditedOrder> orders) {
		Map<List<Long>, List<CreditedOrder>> index = new HashMap<>();
		for (CreditedOrder order : orders) {
			if (order.agent() != null) {
				index.computeIfAbsent(List.of(order.buyerId(), order.agent()), key -> new ArrayList<>()).add(order);
			}
		}
		return index;
	}

	/** The orders of a buyer credited to an agent. */
	List<CreditedOrder> creditedTo(long buyerId, long agent) {
		return byBuyerAndAgent.getOrDefault(List.of(buyerId, agent), List.of());
	}

}
