package io.kefu.order;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Money returned to the buyer for an order; {@code refundedAt} is null when the export
 * gave no refund time. {@code closedAt} is when the case ended (REFUNDED, REJECTED or
 * CANCELLED): null while it is REQUESTED, and null on a refund about to be stored when
 * its source does not know, for the store then stamps it (see {@link Orders#record}).
 */
public record Refund(String refundNo, BigDecimal amount, RefundStatus status, String reason, Instant requestedAt,
		@Nullable Instant refundedAt, @Nullable Instant closedAt) {

	public Refund {
		if (amount.signum() <= 0) {
			throw new IllegalArgumentException("A refund is a positive amount, not " + amount);
		}
		if (status == RefundStatus.REQUESTED && closedAt != null) {
			throw new IllegalArgumentException("Refund " + refundNo + " is still requested and cannot be closed");
		}
	}

	/** Whether the case has ended, however it ended. */
	public boolean isClosed() {
		return status != RefundStatus.REQUESTED;
	}

	public enum RefundStatus {

		REQUESTED, REFUNDED, REJECTED, CANCELLED

	}
}
