package io.kefu.order;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Money returned to the buyer for an order; {@code refundedAt} is null when the export
 * gave no refund time.
 */
public record Refund(String refundNo, BigDecimal amount, RefundStatus status, String reason, Instant requestedAt,
		@Nullable Instant refundedAt) {

	public Refund {
		if (amount.signum() <= 0) {
			throw new IllegalArgumentException("A refund is a positive amount, not " + amount);
		}
	}

	public enum RefundStatus {

		REQUESTED, REFUNDED, REJECTED, CANCELLED

	}
}
