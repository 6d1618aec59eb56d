package io.kefu.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.kefu.customer.BuyerId;
import io.kefu.order.OrderId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * An order in a drill-down, with the agent it is credited to and the reception that won
 * it.
 *
 * @param refunded the refunds of the order counted in the range asked for
 */
public record OrderLine(OrderId orderId, String orderNo, BuyerId buyerId, String buyer, @Nullable AgentId agentId,
		@Nullable String agent, @Nullable LocalDate receptionDay, Instant createdAt, @Nullable Instant paidAt,
		@Nullable BigDecimal paidAmount, BigDecimal refunded) {
}
