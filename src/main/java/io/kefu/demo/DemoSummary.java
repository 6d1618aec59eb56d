package io.kefu.demo;

import io.kefu.shop.ShopId;

/** What a demo generation stored. */
public record DemoSummary(ShopId shopId, int products, int agents, long buyers, long messages, long orders) {
}
