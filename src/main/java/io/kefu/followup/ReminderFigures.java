package io.kefu.followup;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * An agent's payment reminders of one business day (docs/figures.md "Payment reminders"):
 * the orders whose first touch the agent made that day, those that succeeded, and what
 * their buyers paid.
 *
 * @param successRate 催付成功率 = successful ÷ reminded; null without reminded orders
 * @param recoveredAmount 挽回金额
 */
public record ReminderFigures(LocalDate day, AgentId agentId, long reminded, long successful,
		@Nullable Double successRate, BigDecimal recoveredAmount) {
}
