package io.kefu.analytics;

import java.time.LocalDate;

import io.kefu.shop.ShopId;

/**
 * The shop's receptions of these business days were computed again and stored: whoever
 * reads receptions (quality inspection) reads them again. Published after the facts are
 * committed, on the thread that recomputed them.
 */
public record ReceptionsRecomputed(ShopId shopId, LocalDate first, LocalDate last) {
}
