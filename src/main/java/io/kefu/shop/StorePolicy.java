package io.kefu.shop;

/** A rule the shop promises its buyers, e.g. {@code SEVEN_DAY_RETURN} 七天无理由退换. */
public record StorePolicy(String code, String title, String body) {
}
