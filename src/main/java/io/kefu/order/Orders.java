package io.kefu.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The orders of every shop. */
public interface Orders {

	Optional<Order> find(OrderId id);

	Optional<Order> findByNo(long shopId, OrderNo orderNo);

	List<Order> ofBuyer(long shopId, long buyerId);

	/**
	 * Stores new orders with their items, refunds and remarks, in batches.
	 * @throws org.springframework.dao.DuplicateKeyException when an order number is
	 * already stored in the shop
	 */
	void addAll(List<Order> orders);

	/** Orders created in the period, and how many of those are paid. */
	OrderCounts countCreatedBetween(long shopId, Instant from, Instant to);

	/** The buyer-paid amount of orders paid in the period. */
	BigDecimal paidAmountBetween(long shopId, Instant from, Instant to);

	record OrderCounts(long created, long paid) {
	}

}
