package io.kefu.reception;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A message as the archive shows and exports it; its text masked unless asked otherwise.
 */
public record ArchivedMessage(long id, long conversationId, long buyerId, String buyerNick, Direction direction,
		MessageKind kind, @Nullable Long agentId, @Nullable String agentName, @Nullable String agentNickname,
		Instant sentAt, String content) {
}
