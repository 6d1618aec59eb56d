package io.kefu.quality;

import java.time.LocalDate;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

/**
 * A reception as the figures key it: one agent, one buyer, one business day of a shop.
 */
public record ReceptionKey(ShopId shopId, LocalDate day, AgentId agentId, BuyerId buyerId) {
}
