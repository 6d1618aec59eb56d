package io.kefu.reception;

import java.time.Instant;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

/**
 * An agent marked an offline message (留言) handled. Published inside the marking
 * transaction.
 */
public record OfflineMessageHandled(ShopId shopId, long offlineMessageId, AgentId agentId, Instant at) {
}
