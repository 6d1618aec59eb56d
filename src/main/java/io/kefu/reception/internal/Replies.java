package io.kefu.reception.internal;

import java.time.Clock;
import java.time.Instant;

import io.kefu.access.Caller;
import io.kefu.customer.BuyerId;
import io.kefu.reception.ChatMessage;
import io.kefu.reception.Conversation;
import io.kefu.reception.ConversationNotFoundException;
import io.kefu.reception.ConversationState;
import io.kefu.reception.DirectedReply;
import io.kefu.reception.Direction;
import io.kefu.reception.InvalidChatInputException;
import io.kefu.reception.MessageKind;
import io.kefu.reception.NewMessage;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * An agent's reply: only in a conversation assigned to them; the first one after an
 * assignment makes the conversation ACTIVE and stops the buyer's wait timer. It locks
 * only the conversation's row.
 */
@Component
class Replies {

	private final Conversations conversations;

	private final LiveMessages messages;

	private final ChatLines lines;

	private final ChatBroadcast broadcast;

	private final DirectedBuyers directed;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Replies(Conversations conversations, LiveMessages messages, ChatLines lines, ChatBroadcast broadcast,
			DirectedBuyers directed, ApplicationEventPublisher events, Clock clock) {
		this.conversations = conversations;
		this.messages = messages;
		this.lines = lines;
		this.broadcast = broadcast;
		this.directed = directed;
		this.events = events;
		this.clock = clock;
	}

	/** Must run in a transaction; a known client id gives back the stored message. */
	ChatMessage reply(Caller caller, long conversationId, @Nullable String clientId, @Nullable String content) {
		String text = ChatText.content(content);
		String key = LiveMessages.key("a" + caller.agentId(), ChatText.clientId(clientId));
		Conversations.Locked locked = conversations.lockIn(conversationId, caller, key)
			.orElseThrow(() -> new ConversationNotFoundException(conversationId));
		Conversation conversation = locked.conversation();
		if (locked.knownMessageId() != null) {
			ChatMessage known = messages.byId(locked.knownMessageId());
			if (known.conversationId() != conversationId) {
				throw new InvalidChatInputException("clientId",
						"was already used for a message of conversation " + known.conversationId());
			}
			return known;
		}
		if (!ChatAccess.atDesk(caller)) {
			throw new AccessDeniedException("Only agents and supervisors reply to buyers");
		}
		ChatAccess.requireAssigned(caller, conversation);
		Instant now = clock.instant();
		Conversation answered = conversation.answerBy(caller.agentId(), now);
		ChatMessage reply = lines.appendWithState(
				answered, new NewMessage(ShopId.of(conversation.shopId()), BuyerId.of(conversation.buyerId()),
						Direction.OUT, MessageKind.TEXT, AgentId.of(caller.agentId()), now, text, key),
				caller.displayName());
		if (answered.status() != conversation.status()) {
			broadcast.state(
					new ConversationState(answered.id(), answered.shopId(), answered.buyerId(), answered.status(),
							answered.skillGroup(), answered.agentId(), caller.displayName(), null, false, reply.seq()),
					null);
		}
		if (directed.agentOf(conversation.shopId(), conversation.buyerId()).isPresent()) {
			events.publishEvent(new DirectedReply(ShopId.of(conversation.shopId()), BuyerId.of(conversation.buyerId()),
					AgentId.of(caller.agentId()), reply));
		}
		return reply;
	}

}
