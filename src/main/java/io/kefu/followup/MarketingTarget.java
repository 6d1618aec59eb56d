package io.kefu.followup;

import java.math.BigDecimal;
import java.time.Instant;

import io.kefu.customer.BuyerId;

/**
 * A past buyer on a second-marketing list: their paid orders in the shop, what they paid
 * in all and when they last paid.
 */
public record MarketingTarget(BuyerId buyerId, String buyerNick, long paidOrders, BigDecimal paidAmount,
		Instant lastPaidAt) {
}
