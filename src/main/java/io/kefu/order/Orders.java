package io.kefu.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

/** The orders of every shop. */
public interface Orders {

	Optional<Order> find(OrderId id);

	Optional<Order> findByNo(ShopId shopId, OrderNo orderNo);

	List<Order> ofBuyer(ShopId shopId, BuyerId buyerId);

	/**
	 * The buyer's latest orders in the shop with their details, newest first, at most
	 * {@code limit}: the buyer panel beside a chat.
	 */
	List<Order> latestOfBuyer(ShopId shopId, BuyerId buyerId, int limit);

	/**
	 * The shop's orders among these numbers, with their details; unknown numbers are left
	 * out.
	 */
	List<Order> withNumbers(ShopId shopId, Collection<OrderNo> orderNos);

	/**
	 * Stores new orders with their items, refunds and remarks, in batches.
	 * @throws org.springframework.dao.DuplicateKeyException when an order number is
	 * already stored in the shop
	 */
	void addAll(List<Order> orders);

	/**
	 * Stores orders as a marketplace export states them. A new order number is inserted;
	 * a known one is updated when the export says something new (status, payment,
	 * amounts, flag, receiver, a new or changed refund, a new remark, or items where the
	 * stored order has other items) and left alone otherwise. An order without items
	 * keeps the items already stored: an order report does not list them. An order
	 * without shipping or receipt time keeps the one already stored. A refund that ended
	 * (REFUNDED, REJECTED, CANCELLED) is stamped closed at its own {@code closedAt}, else
	 * its refund time, else the clock's now the first time it is stored ended; the stamp
	 * never moves after.
	 * @return what happened to each order, in the order given
	 */
	List<Recorded> record(List<Order> orders);

	/**
	 * An agent's remark in the house form: stores it with its flag, makes that flag the
	 * order's and puts the remark on the order clerk's list ({@link RemarkTasks}), all in
	 * one transaction. A changed flag is announced as {@link OrdersStored}, because
	 * figures may leave orders of some flags out.
	 * @return the open task on the clerk's list, with the stored remark
	 * @throws UnknownOrderException when no order has that id
	 * @throws CancelRefused for a {@link RemarkKind#CANCEL} request on an order that is
	 * not {@link Order.Voidability#VOIDABLE}; nothing is stored
	 */
	RemarkTask addRemark(OrderId orderId, AgentId agentId, RemarkForm form, Flag flag, RemarkKind kind, Instant at);

	/**
	 * The shop's orders created, paid or refunded in the period, with their refunds but
	 * without their items and remarks (left empty): what the figures of the period's days
	 * are computed from, read fast.
	 */
	List<Order> paymentsActiveBetween(ShopId shopId, Instant from, Instant to);

	/** When the shop's first order was created, if it has any. */
	Optional<Instant> firstCreatedAt(ShopId shopId);

	/** Orders created in the period, and how many of those are paid. */
	OrderCounts countCreatedBetween(ShopId shopId, Instant from, Instant to);

	/** The buyer-paid amount of orders paid in the period. */
	BigDecimal paidAmountBetween(ShopId shopId, Instant from, Instant to);

	record OrderCounts(long created, long paid) {
	}

	/** What recording an exported order did. */
	enum Recorded {

		INSERTED, UPDATED, UNCHANGED

	}

}
