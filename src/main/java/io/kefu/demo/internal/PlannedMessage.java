package io.kefu.demo.internal;

import java.time.Instant;

import io.kefu.customer.BuyerId;
import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;
import io.kefu.reception.NewMessage;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * A message of the demo history, addressed by buyer nick because buyer ids exist only
 * once stored.
 */
record PlannedMessage(String nick, Direction direction, MessageKind kind, @Nullable Long agentId, Instant at,
		String content) {

	boolean isHuman() {
		return direction == Direction.OUT && kind.isHuman();
	}

	NewMessage toNewMessage(ShopId shopId, BuyerId buyerId) {
		return new NewMessage(shopId, buyerId, direction, kind, agentId == null ? null : AgentId.of(agentId), at,
				content, null);
	}
}
