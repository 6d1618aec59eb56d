package io.kefu.customer;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A buyer's orders in the shop: how many were placed and paid, what was paid (买家实际支付金额,
 * refunds not taken off), and when the first and the last paid order were paid.
 */
public record PurchaseSummary(int orders, int paidOrders, BigDecimal spend, @Nullable Instant firstPurchase,
		@Nullable Instant lastPurchase) {

	public static final PurchaseSummary NONE = new PurchaseSummary(0, 0, BigDecimal.ZERO, null, null);

	/**
	 * 老客 on a day that starts at {@code dayStart}: a paid order dated before that day
	 * (DOMAIN.md, "Buyers"); else 新客.
	 */
	public boolean returningOn(Instant dayStart) {
		return firstPurchase != null && firstPurchase.isBefore(dayStart);
	}

}
