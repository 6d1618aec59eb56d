package io.kefu.reception;

import java.time.Instant;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * One message of a thread. Messages with the same timestamp keep the order in which they
 * arrived, which is the order of their ids.
 */
public record Message(long id, long threadId, ShopId shopId, BuyerId buyerId, Direction direction, MessageKind kind,
		@Nullable AgentId agentId, Instant sentAt, String content) {

	/** An OUT message of kind TEXT, MEDIA or CARD. */
	public boolean isHumanAgentMessage() {
		return direction == Direction.OUT && kind.isHuman();
	}
}
