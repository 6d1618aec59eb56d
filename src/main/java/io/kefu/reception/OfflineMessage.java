package io.kefu.reception;

import java.time.Instant;

import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;

/**
 * 留言: what a buyer left when no agent was at the desk, listed for the next agent on duty
 * until one of them marks it handled.
 */
public record OfflineMessage(long id, long shopId, long buyerId, String buyerNick, @Nullable Long conversationId,
		SkillGroup skillGroup, String content, @Nullable String contact, Instant leftAt, @Nullable Long handledBy,
		@Nullable Instant handledAt) {
}
