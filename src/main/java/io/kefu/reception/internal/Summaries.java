package io.kefu.reception.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kefu.customer.Buyers;
import io.kefu.reception.Conversation;
import io.kefu.reception.ConversationSummary;
import io.kefu.reception.Handover;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;

import org.springframework.stereotype.Component;

/** Conversations as the agents' lists show them, named with buyers' and agents' names. */
@Component
class Summaries {

	private final Buyers buyers;

	private final Staff staff;

	private final Handovers handovers;

	private final Shops shops;

	private final BuyingBuyers buying;

	Summaries(Buyers buyers, Staff staff, Handovers handovers, Shops shops, BuyingBuyers buying) {
		this.buying = buying;
		this.buyers = buyers;
		this.staff = staff;
		this.handovers = handovers;
		this.shops = shops;
	}

	/** Conversations of one shop. */
	List<ConversationSummary> of(long shopId, Collection<Conversation> conversations) {
		if (conversations.isEmpty()) {
			return List.of();
		}
		Map<Long, String> nicks = buyers.nicks(ShopId.of(shopId),
				conversations.stream().map(Conversation::buyerId).toList());
		Map<Long, String> names = SeatChart.names(staff.inShop(ShopId.of(shopId)));
		Map<Long, List<Handover>> notes = handovers.of(conversations.stream().map(Conversation::id).toList(), names);
		Set<Long> buyingNow = buying.among(shopId, conversations.stream().filter(Conversation::isQueued).toList());
		List<ConversationSummary> summaries = new ArrayList<>();
		for (Conversation c : conversations) {
			summaries.add(new ConversationSummary(c.id(), c.shopId(), c.buyerId(), nicks.getOrDefault(c.buyerId(), ""),
					c.status(), c.skillGroup(), c.agentId(), c.agentId() == null ? null : names.get(c.agentId()),
					c.openedAt(), c.queuedAt(), c.assignedAt(), c.answeredAt(), c.closedAt(), c.buyerWaitingSince(),
					c.lastSeq(), notes.getOrDefault(c.id(), List.of()), buyingNow.contains(c.id())));
		}
		return summaries;
	}

	ConversationSummary of(Conversation conversation) {
		return of(conversation.shopId(), List.of(conversation)).get(0);
	}

	Map<Long, String> agentNames(long shopId) {
		return SeatChart.names(staff.inShop(ShopId.of(shopId)));
	}

	/** When the shop's current business day began. */
	Instant startOfToday(long shopId, Instant now) {
		Shop shop = shops.get(ShopId.of(shopId));
		return shop.startOf(shop.businessDay(now));
	}

}
