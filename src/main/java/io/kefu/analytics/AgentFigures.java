package io.kefu.analytics;

import java.math.BigDecimal;

import io.kefu.staff.AgentId;

import tools.jackson.databind.annotation.JsonSerialize;

import org.jspecify.annotations.Nullable;

/**
 * One agent's figures over a range of business days (DOMAIN.md gives each definition).
 * Ratios are between 0 and 1; a figure whose denominator is zero is null.
 *
 * @param agentId the agent, or null in the team's figures, which add up every agent's
 * @param agent the marketplace sub-account, {@code 店铺名:昵称}
 */
public record AgentFigures(@JsonSerialize(nullsUsing = AgentId.TeamAsZero.class) @Nullable AgentId agentId,
		String agent, long receptions, long repliedReceptions, long unrepliedReceptions, @Nullable Double replyRate,
		@Nullable Double firstResponseSeconds, @Nullable Double avgResponseSeconds, long answeredRuns,
		@Nullable Double threeMinuteRate, long slowResponses, @Nullable Double answerRatio, long inquiries,
		long inquiryOrdered, long inquiryPaid, @Nullable Double inquiryConversion, BigDecimal salesAmount,
		long salesBuyers, @Nullable BigDecimal avgOrderValue, BigDecimal refundAmount, BigDecimal effectiveSales) {
}
