package io.kefu.reception.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.kefu.order.OrderedBuyers;
import io.kefu.reception.Conversation;
import io.kefu.shop.ShopId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds which queued buyers are buying ({@link ServiceOrder}): a card or link in the
 * buyer's messages of the conversation, or an order waiting for payment or placed within
 * {@link #RECENT_ORDER}.
 */
@Component
class BuyingBuyers {

	/** An order placed this recently makes its buyer one who is buying. */
	static final Duration RECENT_ORDER = Duration.ofHours(24);

	private final JdbcClient jdbc;

	private final OrderedBuyers orders;

	private final Clock clock;

	BuyingBuyers(JdbcClient jdbc, OrderedBuyers orders, Clock clock) {
		this.jdbc = jdbc;
		this.orders = orders;
		this.clock = clock;
	}

	/** The ids of the conversations, all of the shop, whose buyer is buying. */
	Set<Long> among(long shopId, Collection<Conversation> conversations) {
		if (conversations.isEmpty()) {
			return Set.of();
		}
		Set<Long> buying = new HashSet<>();
		List<Long> ids = conversations.stream().map(Conversation::id).toList();
		jdbc.sql("""
				select conversation_id, content from message
				where conversation_id = any(?) and direction = 'IN' and kind in ('TEXT', 'CARD')
				  and (kind = 'CARD' or content like '[%' or content like '%http%')
				""").param(ids.toArray(Long[]::new)).query(rs -> {
			if (BuyerCards.showsWhatTheyBuy(rs.getString(2))) {
				buying.add(rs.getLong(1));
			}
		});
		Set<Long> ordering = orders.buyingAmong(ShopId.of(shopId),
				conversations.stream().map(Conversation::buyerId).distinct().toList(),
				clock.instant().minus(RECENT_ORDER));
		conversations.stream().filter(c -> ordering.contains(c.buyerId())).forEach(c -> buying.add(c.id()));
		return buying;
	}

}
