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
 * its payment time and amount are kept (DOMAIN.md, "Sales").
 */
public record Order(@Nullable OrderId id, ShopId shopId, OrderNo orderNo, BuyerId buyerId, OrderStatus status,
		Instant createdAt, @Nullable Instant paidAt, BigDecimal totalAmount, @Nullable BigDecimal paidAmount,
		BigDecimal shippingFee, @Nullable Flag flag, @Nullable Receiver receiver, List<OrderItem> items,
		List<Refund> refunds, List<Remark> remarks) {

	public Order {
		items = List.copyOf(items);
		refunds = List.copyOf(refunds);
		remarks = List.copyOf(remarks);
		if ((paidAt == null) != (paidAmount == null)) {
			throw new IllegalArgumentException("An order has both a payment time and a paid amount, or neither");
		}
	}

	/** A new order waiting for payment. */
	public static Order place(ShopId shopId, OrderNo orderNo, BuyerId buyerId, Instant createdAt, List<OrderItem> items,
			BigDecimal shippingFee, @Nullable Receiver receiver) {
		if (items.isEmpty()) {
			throw new IllegalArgumentException("An order has at least one item");
		}
		BigDecimal total = items.stream().map(OrderItem::amount).reduce(shippingFee, BigDecimal::add);
		return new Order(null, shopId, orderNo, buyerId, OrderStatus.WAITING_PAYMENT, createdAt, null, total, null,
				shippingFee, null, receiver, items, List.of(), List.of());
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
		return new Order(id, shopId, orderNo, buyerId, OrderStatus.PAID, createdAt, at, totalAmount, amount,
				shippingFee, flag, receiver, items, refunds, remarks);
	}

	public Order ship() {
		requireStatus(OrderStatus.PAID, "ship");
		return withStatus(OrderStatus.SHIPPED);
	}

	public Order complete() {
		requireStatus(OrderStatus.SHIPPED, "complete");
		return withStatus(OrderStatus.COMPLETED);
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
		return new Order(id, shopId, orderNo, buyerId, status, createdAt, paidAt, totalAmount, paidAmount, shippingFee,
				flag, receiver, items, all, remarks);
	}

	/** Adds a remark; its flag, when it has one, becomes the order's flag. */
	public Order remark(Remark remark) {
		List<Remark> all = new ArrayList<>(remarks);
		all.add(remark);
		Flag newFlag = remark.flag() == null ? flag : remark.flag();
		return new Order(id, shopId, orderNo, buyerId, status, createdAt, paidAt, totalAmount, paidAmount, shippingFee,
				newFlag, receiver, items, refunds, all);
	}

	/** The order with the items an export lists for it, replacing those known before. */
	public Order withItems(List<OrderItem> listed) {
		return new Order(id, shopId, orderNo, buyerId, status, createdAt, paidAt, totalAmount, paidAmount, shippingFee,
				flag, receiver, listed, refunds, remarks);
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
		return new Order(id, shopId, orderNo, buyerId, newStatus, createdAt, paidAt, totalAmount, paidAmount,
				shippingFee, flag, receiver, items, refunds, remarks);
	}

	/**
	 * Where the order goes; phone and address are masked outside the views that need
	 * them.
	 */
	public record Receiver(String name, String phone, String address) {
	}
}
