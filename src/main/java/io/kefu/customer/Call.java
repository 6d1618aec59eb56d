package io.kefu.customer;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** A phone call with a buyer, as the agent recorded it. */
public record Call(long id, long buyerId, @Nullable Long agentId, @Nullable String agent, boolean outgoing,
		Instant startedAt, int durationSeconds, CallOutcome outcome, String notes, Set<CallEtiquette> etiquette) {

	public Call {
		etiquette = Set.copyOf(etiquette);
	}

}
