package io.kefu.reception;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A message of a live conversation as the buyer's page, the workbench and the API see it:
 * {@code seq} numbers it within its conversation (1, 2, 3 …, no gaps), {@code clientId}
 * is the id its sender gave it, if any, so that the sender recognises its own message.
 * Sent over STOMP with {@code "type": "message"}.
 */
public record ChatMessage(long id, long conversationId, int seq, Direction direction, MessageKind kind,
		@Nullable Long agentId, @Nullable String agentName, String content, Instant sentAt, @Nullable String clientId) {

	@JsonProperty("type")
	public String type() {
		return "message";
	}

}
