package io.kefu.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An order in a drill-down, with the agent it is credited to and the reception that won
 * it.
 *
 * @param refunded the refunds of the order counted in the range asked for
 */
public record OrderLine(long orderId, String orderNo, long buyerId, String buyer, @Nullable Long agentId,
		@Nullable String agent, @Nullable LocalDate receptionDay, Instant createdAt, @Nullable Instant paidAt,
		@Nullable BigDecimal paidAmount, BigDecimal refunded) {
}
