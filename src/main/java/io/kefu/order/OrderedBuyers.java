package io.kefu.order;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

import io.kefu.shop.ShopId;

import org.jspecify.annotations.Nullable;

/** Which buyers of a shop have orders of a kind: for filtering their conversations. */
public interface OrderedBuyers {

	/** The most buyers one answer holds. */
	int MAX = 100_000;

	/**
	 * The buyers with an order in that status (any, when null) holding that product (any,
	 * when null), at most {@link #MAX}.
	 */
	long[] of(ShopId shopId, @Nullable OrderStatus status, @Nullable Long productId);

	/**
	 * Which of these buyers are buying now: they have an order waiting for payment, or
	 * placed one at or after {@code placedSince}. The reception queue serves them first
	 * (seed 000 优先回复购买商品买家).
	 */
	Set<Long> buyingAmong(ShopId shopId, Collection<Long> buyerIds, Instant placedSince);

}
