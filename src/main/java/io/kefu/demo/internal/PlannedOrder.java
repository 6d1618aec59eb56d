package io.kefu.demo.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.kefu.customer.BuyerId;
import io.kefu.order.Order;
import io.kefu.order.OrderItem;
import io.kefu.order.OrderNo;
import io.kefu.order.Refund;
import io.kefu.order.Remark;
import io.kefu.shop.ShopId;

import org.jspecify.annotations.Nullable;

/**
 * An order of the demo history and what happened to it until the end of the history; only
 * what happened by then is set ({@code paidAt} null: never paid, or not yet).
 */
record PlannedOrder(String orderNo, String nick, Instant createdAt, List<OrderItem> items, Order.Receiver receiver,
		@Nullable Instant paidAt, BigDecimal discount, Fate fate, List<Refund> refunds, List<Remark> remarks) {

	PlannedOrder {
		items = List.copyOf(items);
		refunds = List.copyOf(refunds);
		remarks = List.copyOf(remarks);
	}

	/** How far the order got, in the marketplace's terms. */
	enum Fate {

		UNPAID, CLOSED_UNPAID, PAID, SHIPPED, COMPLETED, CLOSED_REFUNDED

	}

	/** What the buyer pays: the items less the coupon. */
	BigDecimal paidAmountPlanned() {
		return items.stream().map(OrderItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add).subtract(discount);
	}

	PlannedOrder withRefund(Refund refund, boolean closes) {
		List<Refund> all = new ArrayList<>(refunds);
		all.add(refund);
		return new PlannedOrder(orderNo, nick, createdAt, items, receiver, paidAt, discount,
				closes ? Fate.CLOSED_REFUNDED : fate, all, remarks);
	}

	PlannedOrder withFate(Fate newFate) {
		return new PlannedOrder(orderNo, nick, createdAt, items, receiver, paidAt, discount, newFate, refunds, remarks);
	}

	PlannedOrder withRemark(Remark remark) {
		List<Remark> all = new ArrayList<>(remarks);
		all.add(remark);
		return new PlannedOrder(orderNo, nick, createdAt, items, receiver, paidAt, discount, fate, refunds, all);
	}

	/**
	 * The order as the marketplace would export it, built through the order's own
	 * transitions.
	 */
	Order toOrder(long shopId, long buyerId) {
		Order order = Order.place(ShopId.of(shopId), OrderNo.of(orderNo), BuyerId.of(buyerId), createdAt, items,
				BigDecimal.ZERO, receiver);
		if (paidAt != null) {
			order = order.pay(paidAt, paidAmountPlanned());
		}
		order = switch (fate) {
			case UNPAID, PAID -> order;
			case CLOSED_UNPAID -> order.close();
			case SHIPPED -> order.ship();
			case COMPLETED -> order.ship().complete();
			case CLOSED_REFUNDED -> order;
		};
		for (Refund refund : refunds) {
			order = order.refund(refund);
		}
		if (fate == Fate.CLOSED_REFUNDED) {
			order = order.close();
		}
		for (Remark remark : remarks) {
			order = order.remark(remark);
		}
		return order;
	}
}
