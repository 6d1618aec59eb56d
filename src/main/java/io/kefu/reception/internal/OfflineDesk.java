package io.kefu.reception.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kefu.customer.Buyers;
import io.kefu.reception.Conversation;
import io.kefu.customer.BuyerId;
import io.kefu.reception.OfflineMessage;
import io.kefu.reception.OfflineMessageLeft;
import io.kefu.reception.Visitor;
import io.kefu.shop.ShopId;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Takes a buyer's offline message (留言). If the buyer is still in the queue, their
 * conversation ends with it: the 留言 carries the question to the next agent on duty.
 */
@Component
class OfflineDesk {

	private final OfflineMessages offline;

	private final Conversations conversations;

	private final Dispatcher dispatcher;

	private final Buyers buyers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OfflineDesk(OfflineMessages offline, Conversations conversations, Dispatcher dispatcher, Buyers buyers,
			ApplicationEventPublisher events, Clock clock) {
		this.offline = offline;
		this.conversations = conversations;
		this.dispatcher = dispatcher;
		this.buyers = buyers;
		this.events = events;
		this.clock = clock;
	}

	/** Must run in a transaction. */
	OfflineMessage leave(Visitor visitor, String text, @Nullable String contact) {
		Instant now = clock.instant();
		dispatcher.lockShop(visitor.shopId());
		Optional<Conversation> open = conversations.lockOpenOf(visitor.shopId(), visitor.buyerId());
		SkillGroup group = open.map(Conversation::skillGroup).orElse(SkillGroup.PRE_SALES);
		long id = offline.add(visitor.shopId(), visitor.buyerId(), open.map(Conversation::id).orElse(null), group, text,
				contact, now);
		if (open.isPresent() && open.get().isQueued()) {
			dispatcher.close(open.get(), SystemLines.OFFLINE_MESSAGE_LEFT, now);
		}
		events.publishEvent(
				new OfflineMessageLeft(ShopId.of(visitor.shopId()), id, BuyerId.of(visitor.buyerId()), group, now));
		Map<Long, String> nick = buyers.nicks(ShopId.of(visitor.shopId()), List.of(visitor.buyerId()));
		return offline.find(id, nick).orElseThrow();
	}

}
