package io.kefu.reception;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One message of a thread. Messages with the same timestamp keep the order in which they
 * arrived, which is the order of their ids.
 */
public record Message(long id, long threadId, long shopId, long buyerId, Direction direction, MessageKind kind,
		@Nullable Long agentId, Instant sentAt, String content) {

	/** An OUT message of kind TEXT, MEDIA or CARD. */
	public boolean isHumanAgentMessage() {
		return direction == Direction.OUT && kind.isHuman();
	}
}
