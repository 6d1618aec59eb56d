package io.kefu.reception.internal;

import java.time.Instant;

import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;

/**
 * A conversation waiting for an agent, as the router sees it.
 *
 * @param lastAgentId the agent who last served this buyer (the latest human reply in the
 * buyer's thread, imported history included)
 * @param buying whether the buyer is buying ({@link ServiceOrder}): served first
 */
record QueuedBuyer(long conversationId, long buyerId, SkillGroup group, @Nullable Long lastAgentId, Instant queuedAt,
		boolean buying) {

	QueuedBuyer(long conversationId, long buyerId, SkillGroup group, @Nullable Long lastAgentId, Instant queuedAt) {
		this(conversationId, buyerId, group, lastAgentId, queuedAt, false);
	}

}
