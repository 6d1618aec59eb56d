package io.kefu.reception;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A live conversation was closed, by an agent or when the buyer left a message. */
public record ConversationClosed(long shopId, long conversationId, long buyerId, @Nullable Long agentId,
		Instant closedAt) {
}
