package io.kefu.reception.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.kefu.customer.Buyer;
import io.kefu.customer.BuyerId;
import io.kefu.reception.ChatMessage;
import io.kefu.reception.Conversation;
import io.kefu.reception.ConversationId;
import io.kefu.reception.DirectedChat;
import io.kefu.reception.Visitor;
import io.kefu.reception.VisitorChat;
import io.kefu.reception.VisitorTranscript;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Buyers the shop plays itself. They write through the same intake as any visitor (so the
 * agent's workbench cannot tell them apart); {@link Intake} gives their new conversations
 * to their agent instead of routing them.
 */
@Service
class DirectedDesk implements DirectedChat {

	/** The visitor id of a buyer played by the server: no browser holds it. */
	private static final String SERVER_VISITOR = "directed";

	private final VisitorSessions sessions;

	private final DirectedBuyers directed;

	private final VisitorChat visitors;

	private final Shops shops;

	private final Conversations conversations;

	private final Dispatcher dispatcher;

	private final TransactionOperations transactions;

	private final Clock clock;

	DirectedDesk(VisitorSessions sessions, DirectedBuyers directed, VisitorChat visitors, Shops shops,
			Conversations conversations, Dispatcher dispatcher, TransactionOperations transactions, Clock clock) {
		this.sessions = sessions;
		this.directed = directed;
		this.visitors = visitors;
		this.shops = shops;
		this.conversations = conversations;
		this.dispatcher = dispatcher;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public BuyerId startBuyer(ShopId shop, String nickname, AgentId agent) {
		shops.get(shop);
		String base = VisitorSessions.base(nickname);
		return transactions.execute(status -> {
			Instant now = clock.instant();
			Buyer buyer = sessions.newBuyer(shop.value(), base, now);
			directed.direct(shop.value(), buyer.id().value(), agent.value(), now);
			return buyer.id();
		});
	}

	@Override
	public ChatMessage send(ShopId shop, BuyerId buyer, String content, @Nullable SkillGroup skillGroup) {
		return visitors.send(visitor(shop, buyer), null, content, skillGroup);
	}

	@Override
	public VisitorTranscript transcript(ShopId shop, BuyerId buyer, @Nullable ConversationId conversation) {
		return visitors.transcript(visitor(shop, buyer), conversation, 0);
	}

	@Override
	public void close(ShopId shop, BuyerId buyer) {
		visitor(shop, buyer);
		transactions.executeWithoutResult(status -> {
			dispatcher.lockShop(shop.value());
			Optional<Conversation> open = conversations.lockOpenOf(shop.value(), buyer.value());
			open.ifPresent(conversation -> dispatcher.close(conversation, SystemLines.CLOSED, clock.instant()));
		});
	}

	private Visitor visitor(ShopId shop, BuyerId buyer) {
		if (directed.agentOf(shop.value(), buyer.value()).isEmpty()) {
			throw new IllegalArgumentException("buyer: " + buyer.value() + " is not played by shop " + shop.value());
		}
		return new Visitor(shop.value(), buyer.value(), SERVER_VISITOR, clock.instant().plusSeconds(3600));
	}

}
