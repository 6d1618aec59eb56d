package io.kefu.order;

import java.math.BigDecimal;

import io.kefu.shop.ProductId;

import org.jspecify.annotations.Nullable;

/** One line of an order: what was bought, which SKU, how many, at what unit price. */
public record OrderItem(@Nullable ProductId productId, @Nullable Long skuId, String title, String skuSpec, int quantity,
		BigDecimal unitPrice) {

	public OrderItem {
		if (quantity <= 0) {
			throw new IllegalArgumentException("An order item has a positive quantity, not " + quantity);
		}
		if (unitPrice.signum() < 0) {
			throw new IllegalArgumentException("A unit price is not negative: " + unitPrice);
		}
	}

	public BigDecimal amount() {
		return unitPrice.multiply(BigDecimal.valueOf(quantity));
	}
}
