package io.kefu.reception;

import io.kefu.staff.SkillGroup;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * What the buyer's page shows about their conversation, and what every subscriber of the
 * conversation hears when it changes (STOMP {@code "type": "conversation"}).
 *
 * @param queuePosition 1 for the first in the skill group's queue; null unless queued
 * @param nobodyAtDesk no agent of the group is online or busy: the page offers the
 * offline-message form (留言)
 */
public record ConversationState(long conversationId, long shopId, long buyerId, ConversationStatus status,
		SkillGroup skillGroup, @Nullable Long agentId, @Nullable String agentName, @Nullable Integer queuePosition,
		boolean nobodyAtDesk, int lastSeq) {

	@JsonProperty("type")
	public String type() {
		return "conversation";
	}

}
