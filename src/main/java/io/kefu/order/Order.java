package io.kefu.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;

import org.jspecify.annotations.Nullable;

/**
 * An order of one buyer in one shop. Transitions return the changed order and refuse what
 * the current status does not allow: an order is paid once, shipped after payment,
 * refunded only after payment. A paid order that is later refunded or closed stays paid:
 * its payment time and amount are kept (DOMAIN.md, "Sales"). {@code shippedAt} (发货) and
 * {@code receivedAt} (确认收货) are null when nobody said when: an export without those
 * columns leaves a shipped or completed order without them.
 */
public record Order(@Nullable OrderId id, ShopId shopId, OrderNo orderNo, BuyerId buyerId, OrderStatus status,
		Instant createdAt, @Nullable Instant paidAt, @Nullable Instant shippedAt, @Nullable Instant receivedAt,
		BigDecimal totalAmount, @Nullable BigDecimal paidAmount, BigDecimal shippingFee, @Nullable Flag flag,
		@Nullable Receiver receiver, List<OrderItem> items, List<Refund> refunds, List<Remark> remarks) {

	public Order {
		items = List.copyOf(items);
		refunds = List.copyOf(refunds);
		remarks = List.copyOf(remarks);
		if ((paidAt == null) != (paidAmount == null)) {
			throw new IllegalArgumentException("An order has both a payment time and a paid amount, or neither");
		}
		// the same order the database's check constraints keep, refused here rather than
		// as a failed statement
		if (shippedAt != null && shippedAt.isBefore(createdAt)) {
			throw new IllegalArgumentException("Order " + orderNo + " cannot be shipped before it was created");
		}
		if (receivedAt != null && shippedAt != null && receivedAt.isBefore(shippedAt)) {
			throw new IllegalArgumentException("Order " + orderNo + " cannot be received before it was shipped");
		}
	}

	/** A new order waiting for payment. */
	public static Order place(ShopId shopId, OrderNo orderNo, BuyerId buyerId, Instant createdAt, List<OrderItem> items,
			BigDecimal shippingFee, @Nullable Receiver receiver) {
		if (items.isEmpty()) {
			throw new IllegalArgumentException("An order has at least one item");
		}
		BigDecimal total = items.stream().map(OrderItem::amount).reduce(shippingFee, BigDecimal::add);
		return new Order(null, shopId, orderNo, buyerId, OrderStatus.WAITING_PAYMENT, createdAt, null, null, null,
				total, null, shippingFee, null, receiver, items, List.of(), List.of());
	}

	public boolean isPaid() {
		return paidAt != null;
	}

	/** The buyer paid {@code amount} (买家实际支付金额, after discounts) at {@code at}. */
	public Order pay(Instant at, BigDecimal amount) {
		requireStatus(OrderStatus.WAITING_PAYMENT, "pay");
		if (at.isBefore(createdAt)) {
			throw new IllegalArgumentException("Order " + orderNo + " cannot be paid before it was created");
		}
		return new Order(id, shopId, orderNo, buyerId, OrderStatus.PAID, createdAt, at, shippedAt, receivedAt,
				totalAmount, amount, shippingFee, flag, receiver, items, refunds, remarks);
	}

	/** The seller shipped the paid order (发货) at {@code at}. */
	public Order ship(Instant at) {
		requireStatus(OrderStatus.PAID, "ship");
		if (at.isBefore(createdAt)) {
			throw new IllegalArgumentException("Order " + orderNo + " cannot be shipped before it was created");
		}
		return new Order(id, shopId, orderNo, buyerId, OrderStatus.SHIPPED, createdAt, paidAt, at, receivedAt,
				totalAmount, paidAmount, shippingFee, flag, receiver, items, refunds, remarks);
	}

	/** The buyer confirmed receipt (确认收货) of the shipped order at {@code at}. */
	public Order complete(Instant at) {
		requireStatus(OrderStatus.SHIPPED, "complete");
		if (at.isBefore(shippedAt != null ? shippedAt : createdAt)) {
			throw new IllegalArgumentException("Order " + orderNo + " cannot be received before it was shipped");
		}
		return new Order(id, shopId, orderNo, buyerId, OrderStatus.COMPLETED, createdAt, paidAt, shippedAt, at,
				totalAmount, paidAmount, shippingFee, flag, receiver, items, refunds, remarks);
	}

	/**
	 * Closes an unpaid order (timed out or cancelled) or a paid one that was fully
	 * refunded.
	 */
	public Order close() {
		if (status == OrderStatus.CLOSED || status == OrderStatus.COMPLETED) {
			throw new IllegalStateException("Order " + orderNo + " is " + status + " and cannot be closed");
		}
		return withStatus(OrderStatus.CLOSED);
	}

	public Order refund(Refund refund) {
		if (!isPaid()) {
			throw new IllegalStateException("Order " + orderNo + " is " + status + " and has nothing to refund");
		}
		BigDecimal refunded = refundedAmount().add(refund.amount());
		if (refunded.compareTo(paidAmount) > 0) {
			throw new IllegalArgumentException("Refunds of order " + orderNo + " would exceed its paid amount");
		}
		List<Refund> all = new ArrayList<>(refunds);
		all.add(refund);
		return new Order(id, shopId, orderNo, buyerId, status, createdAt, paidAt, shippedAt, receivedAt, totalAmount,
				paidAmount, shippingFee, flag, receiver, items, all, remarks);
	}

	/** Adds a remark; its flag, when it has one, becomes the order's flag. */
	public Order remark(Remark remark) {
		List<Remark> all = new ArrayList<>(remarks);
		all.add(remark);
		Flag newFlag = remark.flag() == null ? flag : remark.flag();
		return new Order(id, shopId, orderNo, buyerId, status, createdAt, paidAt, shippedAt, receivedAt, totalAmount,
				paidAmount, shippingFee, newFlag, receiver, items, refunds, all);
	}

	/** The order with the items an export lists for it, replacing those known before. */
	public Order withItems(List<OrderItem> listed) {
		return new Order(id, shopId, orderNo, buyerId, status, createdAt, paidAt, shippedAt, receivedAt, totalAmount,
				paidAmount, shippingFee, flag, receiver, listed, refunds, remarks);
	}

	/**
	 * Whether the order clerk can still void the order (seed 000 ⑤: "查看此 ID
	 * 订单是否已经打单,还未打单的,通知打单人员直接将此订单作废"). Kefu learns of printing (打单) only through the
	 * marketplace's status: the waybill is printed to ship, so a shipped or completed
	 * order is printed; a paid one is not as far as Kefu knows, and the clerk, who sees
	 * the printing, refuses the request when it was printed meanwhile.
	 */
	public Voidability voidability() {
		return switch (status) {
			case PAID -> Voidability.VOIDABLE;
			case WAITING_PAYMENT -> Voidability.NOT_PAID;
			case SHIPPED, COMPLETED -> Voidability.PRINTED;
			case CLOSED -> Voidability.CLOSED;
		};
	}

	/** What {@link #voidability()} says about a cancel-before-print request. */
	public enum Voidability {

		/** Paid and not shipped: the clerk voids it unless they printed it already. */
		VOIDABLE,
		/**
		 * Not paid: nothing to void, the marketplace closes it when the buyer does not
		 * pay.
		 */
		NOT_PAID,
		/**
		 * Shipped or received: printed; the buyer refuses the parcel or asks for a refund
		 * (after-sales).
		 */
		PRINTED,
		/** Closed already. */
		CLOSED

	}

	public BigDecimal refundedAmount() {
		return refunds.stream()
			.filter(refund -> refund.status() == Refund.RefundStatus.REFUNDED)
			.map(Refund::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public int itemCount() {
		return items.stream().mapToInt(OrderItem::quantity).sum();
	}

	private void requireStatus(OrderStatus expected, String action) {
		if (status != expected) {
			throw new IllegalStateException("Order " + orderNo + " is " + status + " and cannot " + action);
		}
	}

	private Order withStatus(OrderStatus newStatus) {
		return new Order(id, shopId, orderNo, buyerId, newStatus, createdAt, paidAt, shippedAt, receivedAt, totalAmount,
				paidAmount, shippingFee, flag, receiver, items, refunds, remarks);
	}

	/**
	 * Where the order goes; phone and address are masked outside the views that need
	 * them.
	 */
	public record Receiver(String name, String phone, String address) {
	}
}
