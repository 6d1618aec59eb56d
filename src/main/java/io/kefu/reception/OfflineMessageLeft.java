package io.kefu.reception;

import java.time.Instant;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.staff.SkillGroup;

/**
 * A buyer left a message (留言) while nobody was at the desk; the next agent of its group
 * on duty answers it. Published inside the storing transaction.
 */
public record OfflineMessageLeft(ShopId shopId, long offlineMessageId, BuyerId buyerId, SkillGroup group,
		Instant leftAt) {
}
