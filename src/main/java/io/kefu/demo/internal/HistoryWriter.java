package io.kefu.demo.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.order.Order;
import io.kefu.order.Orders;
import io.kefu.reception.Messages;
import io.kefu.reception.NewMessage;
import io.kefu.shop.ShopId;

import org.springframework.stereotype.Component;

/**
 * Stores a planned day through the modules' bulk paths: buyers, then their messages, then
 * their orders.
 */
@Component
class HistoryWriter {

	private final Buyers buyers;

	private final Messages messages;

	private final Orders orders;

	HistoryWriter(Buyers buyers, Messages messages, Orders orders) {
		this.buyers = buyers;
		this.messages = messages;
		this.orders = orders;
	}

	/**
	 * @return how many messages were stored
	 */
	int store(long shopId, DayPlan plan) {
		Map<String, BuyerId> ids = buyers.recogniseAll(ShopId.of(shopId), plan.buyersFirstSeen());
		List<NewMessage> newMessages = plan.messages()
			.stream()
			.map(m -> m.toNewMessage(ShopId.of(shopId), ids.get(m.nick())))
			.toList();
		int stored = messages.append(newMessages);
		List<Order> newOrders = plan.orders().stream().map(o -> o.toOrder(shopId, ids.get(o.nick()).value())).toList();
		orders.addAll(newOrders);
		return stored;
	}

	/**
	 * Counted in the database, so the summary reports what was stored rather than what
	 * was planned.
	 */
	long buyersOf(long shopId) {
		return buyers.countInShop(ShopId.of(shopId));
	}

	long ordersOf(long shopId) {
		return orders.countCreatedBetween(ShopId.of(shopId), Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"))
			.created();
	}

}
