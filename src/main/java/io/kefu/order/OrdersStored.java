package io.kefu.order;

import java.time.Instant;

import io.kefu.shop.ShopId;

/**
 * Orders of a shop were stored or changed, their creations, payments and refunds falling
 * from {@code earliest} to {@code latest}: whatever is computed from orders recomputes
 * those days. Published inside the storing transaction.
 */
public record OrdersStored(ShopId shopId, Instant earliest, Instant latest) {
}
