package io.kefu.order;

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

}
