package io.kefu.analytics;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The shop's side of its figures: what buyers paid, how much of it agents are credited
 * with, what came without an agent (静默销售额), and buyers nobody received (未接待).
 */
public record ShopFigures(BigDecimal paidAmount, BigDecimal agentSales, BigDecimal silentSales,
		@Nullable Double agentSalesShare, long unreceivedConsultations) {
}
