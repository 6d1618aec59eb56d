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
 * what happened by then is set ({@code paidAt} null: never paid, or not yet; likewise
 * {@code shippedAt} and {@code receivedAt}, the buyer's confirmation of receipt).
 */
record PlannedOrder(String orderNo, String nick, Instant createdAt, List<OrderItem> items, Order.Receiver receiver,
		@Nullable Instant paidAt, @Nullable Instant shippedAt, @Nullable Instant receivedAt, BigDecimal discount,
		Fate fate, List<Refund> refunds, List<Remark> remarks) {

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

	/**
	 * A refund that closes the order also ends its trade before the buyer confirms
	 * receipt: the order keeps when it was shipped, not a receipt.
	 */
	PlannedOrder withRefund(Refund refund, boolean closes) {
		List<Refund> all = new ArrayList<>(refunds);
		all.add(refund);
		return new PlannedOrder(orderNo, nick, createdAt, items, receiver, paidAt, shippedAt,
				closes ? null : receivedAt, discount, closes ? Fate.CLOSED_REFUNDED : fate, all, remarks);
	}

	PlannedOrder withFate(Fate newFate) {
		return new PlannedOrder(orderNo, nick, createdAt, items, receiver, paidAt, shippedAt, receivedAt, discount,
				newFate, refunds, remarks);
	}

	/**
	 * Shipped at {@code at} and, when the buyer confirmed receipt within the history,
	 * completed at {@code received}.
	 */
	PlannedOrder shipped(Instant at, @Nullable Instant received) {
		return new PlannedOrder(orderNo, nick, createdAt, items, receiver, paidAt, at, received, discount,
				received == null ? Fate.SHIPPED : Fate.COMPLETED, refunds, remarks);
	}

	PlannedOrder withRemark(Remark remark) {
		List<Remark> all = new ArrayList<>(remarks);
		all.add(remark);
		return new PlannedOrder(orderNo, nick, createdAt, items, receiver, paidAt, shippedAt, receivedAt, discount,
				fate, refunds, all);
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
			case SHIPPED -> order.ship(shippedAt);
			case COMPLETED -> order.ship(shippedAt).complete(receivedAt);
			// refunded after delivery (an after-sales case) or before shipping (拍错了)
			case CLOSED_REFUNDED -> shippedAt == null ? order : order.ship(shippedAt);
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
