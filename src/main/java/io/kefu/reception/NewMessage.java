package io.kefu.reception;

import java.time.Instant;
import java.util.Objects;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * A message to store. {@code externalKey}, when given, identifies it across repeated
 * imports and client retries: a second message with the same key in the shop is ignored.
 */
public record NewMessage(ShopId shopId, BuyerId buyerId, Direction direction, MessageKind kind,
		@Nullable AgentId agentId, Instant sentAt, String content, @Nullable String externalKey) {

	public NewMessage {
		Objects.requireNonNull(sentAt, "sentAt");
		Objects.requireNonNull(content, "content");
		if (direction == Direction.IN && agentId != null) {
			throw new IllegalArgumentException("A buyer's message has no agent");
		}
		if (direction == Direction.IN && kind == MessageKind.AUTO_REPLY) {
			throw new IllegalArgumentException("Only the shop sends auto-replies");
		}
	}
}
