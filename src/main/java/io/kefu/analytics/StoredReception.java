package io.kefu.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.kefu.customer.BuyerId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * A reception as the figures found it (DOMAIN.md): one agent, one buyer, one business
 * day, with its question runs and the times of the agent's human messages to the buyer
 * from the start of the day to its end plus the grace.
 */
public record StoredReception(AgentId agentId, BuyerId buyerId, LocalDate day, List<Run> runs,
		List<Instant> humanMessageTimes) {

	public StoredReception {
		runs = List.copyOf(runs);
		humanMessageTimes = List.copyOf(humanMessageTimes);
	}

	/**
	 * A question run of the reception.
	 *
	 * @param firstMessageId the run's first buyer message
	 * @param messages how many buyer messages it has
	 * @param answeredAt the answer's time, if it came within the day and the grace
	 */
	public record Run(long firstMessageId, Instant firstAt, Instant lastAt, int messages,
			@Nullable Instant answeredAt) {
	}

}
