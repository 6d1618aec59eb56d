package io.kefu.reception;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

/**
 * An agent replied to a buyer the shop plays itself ({@link DirectedChat}). Published
 * inside the storing transaction; listen after commit.
 */
public record DirectedReply(ShopId shopId, BuyerId buyerId, AgentId agentId, ChatMessage message) {
}
