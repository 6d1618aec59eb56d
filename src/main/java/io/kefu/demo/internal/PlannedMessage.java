package io.kefu.demo.internal;

import java.time.Instant;

import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;
import io.kefu.reception.NewMessage;

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

	NewMessage toNewMessage(long shopId, long buyerId) {
		return new NewMessage(shopId, buyerId, direction, kind, agentId, at, content, null);
	}
}
