package io.kefu.reception.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.kefu.reception.Conversation;
import io.kefu.reception.ConversationSummary;

/**
 * The order the queue is served in (seed 000 优先回复购买商品买家, 售前职责及要求 prefer buyers who are
 * buying): buyers who are buying go first, then everyone in arrival order; among the
 * buying, arrival order too. A buyer is buying when, in this conversation, they sent an
 * order card, a product card or a product link, or when they have an order waiting for
 * payment or placed one in the last day ({@link BuyingBuyers}).
 */
final class ServiceOrder {

	static final Comparator<QueuedBuyer> QUEUE = Comparator.comparing((QueuedBuyer buyer) -> !buyer.buying())
		.thenComparing(QueuedBuyer::queuedAt)
		.thenComparingLong(QueuedBuyer::conversationId);

	static final Comparator<ConversationSummary> LISTED = Comparator.comparing((ConversationSummary c) -> !c.buying())
		.thenComparing(ConversationSummary::queuedAt)
		.thenComparingLong(ConversationSummary::id);

	private ServiceOrder() {
	}

	/** The queue (in arrival order) in the order it is served. */
	static List<Conversation> of(List<Conversation> queue, Set<Long> buyingConversations) {
		return queue.stream()
			.sorted(Comparator.comparing((Conversation c) -> !buyingConversations.contains(c.id()))
				.thenComparing(Conversation::queuedAt)
				.thenComparingLong(Conversation::id))
			.toList();
	}

}
