package io.kefu.reception;

import java.time.Instant;

import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;

/**
 * 交接: a conversation passed from one agent to another agent, or back to a skill group's
 * queue, with the note that tells the next agent what is going on.
 */
public record Handover(long conversationId, @Nullable Long fromAgentId, @Nullable String fromAgentName,
		@Nullable Long toAgentId, @Nullable String toAgentName, @Nullable SkillGroup toSkillGroup, String note,
		Instant handedAt) {
}
