package io.kefu.customer;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.kefu.shop.ShopId;

import org.jspecify.annotations.Nullable;

/**
 * What the shop's orders say of its buyers, for their profiles and the groups' rules;
 * provided by the module that keeps the orders.
 */
public interface Purchases {

	/** By buyer id; a buyer without orders is left out. */
	Map<Long, PurchaseSummary> of(ShopId shopId, Collection<Long> buyerIds);

	/**
	 * The buyers who paid at least {@code minSpend} in all, or at least
	 * {@code minPaidOrders} orders (either given alone, or both).
	 */
	List<Long> buyersWith(ShopId shopId, @Nullable BigDecimal minSpend, @Nullable Integer minPaidOrders);

	/**
	 * The receiver's phone of the buyer's latest order that has one: where the shop
	 * reaches a marketplace buyer, whose own phone it is never told.
	 */
	@Nullable String receiverPhone(ShopId shopId, BuyerId buyerId);

}
