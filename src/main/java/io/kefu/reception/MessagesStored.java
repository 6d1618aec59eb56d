package io.kefu.reception;

import java.time.Instant;

import io.kefu.shop.ShopId;

/**
 * Messages of a shop were stored, sent from {@code earliest} to {@code latest}: whatever
 * is computed from threads (figures, inspections) recomputes those days. Published inside
 * the storing transaction.
 */
public record MessagesStored(ShopId shopId, Instant earliest, Instant latest) {
}
