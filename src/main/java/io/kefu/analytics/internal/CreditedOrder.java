package io.kefu.analytics.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.kefu.order.Refund;

import org.jspecify.annotations.Nullable;

/**
 * An order with the agent it is credited to under one judge rule, or none when it is
 * silent: what sales, refunds and conversion are counted from.
 */
record CreditedOrder(long orderId, String orderNo, long buyerId, @Nullable Long agent, @Nullable LocalDate receptionDay,
		Instant createdAt, @Nullable Instant paidAt, @Nullable BigDecimal paidAmount, List<Refund> refunds) {

	CreditedOrder {
		refunds = List.copyOf(refunds);
	}

	boolean isPaid() {
		return paidAt != null;
	}

}
