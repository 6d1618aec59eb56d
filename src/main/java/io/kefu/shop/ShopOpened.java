package io.kefu.shop;

/** A shop was opened in Kefu by the account {@code openedBy}. */
public record ShopOpened(ShopId shopId, long openedBy) {
}
