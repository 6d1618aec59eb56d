package io.kefu.reception;

import java.time.Instant;

import io.kefu.customer.BuyerId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * A message without its text: what the figures need to sessionise a thread. Headers of
 * one thread come ordered by time, then by arrival.
 */
public record MessageHeader(long id, BuyerId buyerId, Direction direction, MessageKind kind, @Nullable AgentId agentId,
		Instant sentAt) {

	/** An OUT message of kind TEXT, MEDIA or CARD. */
	public boolean isHumanAgentMessage() {
		return direction == Direction.OUT && kind.isHuman();
	}

}
