package io.kefu.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.kefu.customer.BuyerId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * One reception in a drill-down: who received whom on which day, how fast, and what came
 * of it.
 *
 * @param ordered whether the inquiry converted into an order
 * @param paid whether one of those orders is paid
 * @param creditedOrders the order numbers credited through this reception
 */
public record ReceptionLine(AgentId agentId, String agent, BuyerId buyerId, String buyer, LocalDate day,
		Instant firstInAt, int runs, int answeredRuns, int inMessages, int humanMessages,
		@Nullable Double firstResponseSeconds, @Nullable Double avgResponseSeconds, boolean replied, boolean inquiry,
		boolean ordered, boolean paid, List<String> creditedOrders) {

	public ReceptionLine {
		creditedOrders = List.copyOf(creditedOrders);
	}

}
