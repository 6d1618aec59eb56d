package io.kefu.reception.internal;

import java.time.Instant;

import io.kefu.customer.BuyerId;
import io.kefu.reception.ChatMessage;
import io.kefu.reception.Conversation;
import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;
import io.kefu.reception.NewMessage;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Puts a line into a conversation whose row the caller has locked: stores it with the
 * next sequence number and tells the subscribers after commit.
 */
@Component
class ChatLines {

	private final LiveMessages messages;

	private final ChatBroadcast broadcast;

	ChatLines(LiveMessages messages, ChatBroadcast broadcast) {
		this.messages = messages;
		this.broadcast = broadcast;
	}

	ChatMessage append(Conversation conversation, NewMessage message, @Nullable String agentName) {
		ChatMessage stored = messages.append(conversation, message, agentName);
		broadcast.message(stored, conversation.buyerId(), conversation.agentId());
		return stored;
	}

	/**
	 * Stores the message and the conversation's state it leaves (the caller has locked
	 * the row) in one statement, then tells the buyer and the agent.
	 */
	ChatMessage appendWithState(Conversation conversation, NewMessage message, @Nullable String agentName) {
		ChatMessage stored = messages.appendWithState(conversation, message, agentName);
		broadcast.message(stored, conversation.buyerId(), conversation.agentId());
		return stored;
	}

	/** An auto-reply (自动回复); the welcome carries the agent the buyer was given. */
	ChatMessage autoReply(Conversation conversation, @Nullable Long agentId, @Nullable String agentName, String text,
			Instant at) {
		return append(conversation,
				new NewMessage(ShopId.of(conversation.shopId()), BuyerId.of(conversation.buyerId()), Direction.OUT,
						MessageKind.AUTO_REPLY, agentId == null ? null : AgentId.of(agentId), at, text, null),
				agentName);
	}

	/**
	 * A line of the system to the buyer (a transfer, the end); takes part in no figure.
	 */
	ChatMessage system(Conversation conversation, String text, Instant at) {
		return append(conversation, new NewMessage(ShopId.of(conversation.shopId()), BuyerId.of(conversation.buyerId()),
				Direction.OUT, MessageKind.SYSTEM, null, at, text, null), null);
	}

}
