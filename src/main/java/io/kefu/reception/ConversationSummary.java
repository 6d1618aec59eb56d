package io.kefu.reception;

import java.time.Instant;
import java.util.List;

import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;

/**
 * A conversation as the agents' lists show it: who, where it is, whose it is, the times
 * for the wait timers ({@code buyerWaitingSince}) and its handover notes, oldest first.
 * {@code buying}, for a conversation in the queue: its buyer is buying (an order or
 * product card or link in this conversation, an unpaid order or one placed in the last
 * day) and is served first.
 */
public record ConversationSummary(long id, long shopId, long buyerId, String buyerNick, ConversationStatus status,
		SkillGroup skillGroup, @Nullable Long agentId, @Nullable String agentName, Instant openedAt, Instant queuedAt,
		@Nullable Instant assignedAt, @Nullable Instant answeredAt, @Nullable Instant closedAt,
		@Nullable Instant buyerWaitingSince, int lastSeq, List<Handover> handovers, boolean buying) {

	public ConversationSummary {
		handovers = List.copyOf(handovers);
	}

}
