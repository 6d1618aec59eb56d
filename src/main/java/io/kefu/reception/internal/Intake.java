package io.kefu.reception.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.kefu.customer.BuyerId;
import io.kefu.reception.ChatMessage;
import io.kefu.reception.Conversation;
import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;
import io.kefu.reception.NewMessage;
import io.kefu.reception.Visitor;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Takes a buyer's message in: into their open conversation, or into a new one that is
 * routed at once and answered with the welcome, away or busy auto-reply. A buyer's
 * message in an open conversation locks only that conversation's row, so buyers never
 * wait for each other; opening one takes the shop's routing lock first.
 */
@Component
class Intake {

	private final Conversations conversations;

	private final LiveMessages messages;

	private final ChatLines lines;

	private final Dispatcher dispatcher;

	private final BuyerGroups groups;

	private final AddressLimits limits;

	private final DirectedBuyers directed;

	private final Clock clock;

	Intake(Conversations conversations, LiveMessages messages, ChatLines lines, Dispatcher dispatcher,
			BuyerGroups groups, AddressLimits limits, DirectedBuyers directed, Clock clock) {
		this.conversations = conversations;
		this.messages = messages;
		this.lines = lines;
		this.dispatcher = dispatcher;
		this.groups = groups;
		this.limits = limits;
		this.directed = directed;
		this.clock = clock;
	}

	/** Must run in a transaction; a known client id gives back the stored message. */
	ChatMessage receive(Visitor visitor, @Nullable String clientId, String text, @Nullable SkillGroup choice) {
		String key = LiveMessages.key("b" + visitor.buyerId(), clientId);
		// the key is looked for under the lock: a retry that raced its original waited
		// for
		// it and sees it now
		Optional<Conversations.Locked> open = conversations.lockOpenOf(visitor.shopId(), visitor.buyerId(), key);
		if (open.isPresent()) {
			Long known = open.get().knownMessageId();
			if (known != null) {
				return messages.byId(known);
			}
			Instant now = clock.instant();
			Conversation received = open.get().conversation().receiveFromBuyer(now);
			return lines.appendWithState(received, buyerMessage(visitor, now, text, key), null);
		}
		dispatcher.lockShop(visitor.shopId());
		Optional<Conversation> opened = conversations.lockOpenOf(visitor.shopId(), visitor.buyerId());
		// a retry of a message whose conversation has closed since finds it before
		// opening
		// another
		Optional<ChatMessage> known = known(visitor, key);
		if (known.isPresent()) {
			return known.get();
		}
		if (opened.isEmpty()) {
			return openWith(visitor, key, text, choice);
		}
		Instant now = clock.instant();
		Conversation received = opened.get().receiveFromBuyer(now);
		return lines.appendWithState(received, buyerMessage(visitor, now, text, key), null);
	}

	/**
	 * The buyer chose the other skill group while still in the queue: move them and route
	 * again. Must run in a transaction of its own, before the message is stored.
	 */
	void chooseGroup(Visitor visitor, SkillGroup group) {
		Optional<Conversation> current = conversations.currentOf(visitor.shopId(), visitor.buyerId());
		if (current.isEmpty() || !current.get().isQueued() || current.get().skillGroup() == group) {
			return;
		}
		dispatcher.lockShop(visitor.shopId());
		Conversation queued = conversations.lock(current.get().id());
		if (!queued.isQueued() || queued.skillGroup() == group) {
			return;
		}
		conversations.update(queued.chooseGroup(group));
		dispatcher.drain(visitor.shopId(), clock.instant());
	}

	/**
	 * Under the shop's lock; refused when the buyer's address has its full share of the
	 * queue already.
	 */
	private ChatMessage openWith(Visitor visitor, @Nullable String key, String text, @Nullable SkillGroup choice) {
		limits.admitToQueue(visitor.shopId(), visitor.buyerId());
		Instant now = clock.instant();
		SkillGroup group = groups.of(visitor.shopId(), visitor.buyerId(), choice, now);
		long thread = messages.threadOf(visitor.shopId(), visitor.buyerId());
		Long lastAgent = conversations.lastAgentOf(thread).orElse(null);
		Conversation opened = conversations
			.insert(Conversation.open(visitor.shopId(), visitor.buyerId(), thread, group, lastAgent, now)
				.receiveFromBuyer(now));
		ChatMessage first = lines.append(opened, buyerMessage(visitor, now, text, key), null);
		Optional<Long> directedTo = directed.agentOf(visitor.shopId(), visitor.buyerId());
		if (directedTo.isPresent()) {
			// a buyer the shop plays goes to their agent, whatever routing would do
			dispatcher.assign(conversations.lock(opened.id()), directedTo.get(), Floor.How.DIRECTED,
					dispatcher.chart(visitor.shopId(), now));
			return first;
		}
		Dispatcher.Drained drained = dispatcher.drain(visitor.shopId(), now);
		Router.Waiting waiting = drained.waiting().get(opened.id());
		if (waiting != null) {
			String reply = waiting.reason() == Router.WaitReason.NOBODY_AT_DESK ? drained.chart().settings().awayText()
					: drained.chart().settings().busyText();
			lines.autoReply(conversations.find(opened.id()).orElseThrow(), null, null, reply, now);
		}
		return first;
	}

	private Optional<ChatMessage> known(Visitor visitor, @Nullable String key) {
		return key == null ? Optional.empty() : messages.byKey(visitor.shopId(), key);
	}

	private static NewMessage buyerMessage(Visitor visitor, Instant at, String text, @Nullable String key) {
		return new NewMessage(ShopId.of(visitor.shopId()), BuyerId.of(visitor.buyerId()), Direction.IN,
				MessageKind.TEXT, null, at, text, key);
	}

}
