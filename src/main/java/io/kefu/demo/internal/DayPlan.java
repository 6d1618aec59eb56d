package io.kefu.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What happens on one business day of the demo shop: the messages in arrival order and
 * the orders created that day, each with everything that happened to it up to the end of
 * the history.
 */
record DayPlan(LocalDate day, List<PlannedMessage> messages, List<PlannedOrder> orders) {

	DayPlan {
		// a stable sort keeps a thread's messages of the same second in the order they
		// were written
		messages = messages.stream().sorted(Comparator.comparing(PlannedMessage::at)).toList();
		orders = List.copyOf(orders);
	}

	/**
	 * Every buyer of the day with the first moment the shop saw them, in a fixed order.
	 */
	Map<String, Instant> buyersFirstSeen() {
		Map<String, Instant> seen = new TreeMap<>();
		messages.forEach(m -> seen.merge(m.nick(), m.at(), (a, b) -> a.isBefore(b) ? a : b));
		orders.forEach(o -> seen.merge(o.nick(), o.createdAt(), (a, b) -> a.isBefore(b) ? a : b));
		return seen;
	}
}
