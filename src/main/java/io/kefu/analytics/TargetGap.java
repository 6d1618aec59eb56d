package io.kefu.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * How far an agent's figures are from the shop's targets over a range: conversion in
 * percentage points, average response in seconds, sales in money against the monthly
 * target prorated by the range's days (docs/figures.md).
 *
 * @param conversionPoints conversion minus its target, in percentage points
 * @param responseSeconds average response minus its target (negative is better)
 * @param salesTarget the monthly target prorated to the range
 * @param sales sales minus the prorated target
 */
public record TargetGap(@Nullable Double conversionPoints, @Nullable Double responseSeconds,
		@Nullable BigDecimal salesTarget, @Nullable BigDecimal sales) {

	public static TargetGap of(AgentFigures figures, FigureTargets targets, LocalDate from, LocalDate to) {
		Double conversion = targets.weeklyInquiryConversion() == null || figures.inquiryConversion() == null ? null
				: (figures.inquiryConversion() - targets.weeklyInquiryConversion()) * 100;
		Double response = targets.averageResponseSeconds() == null || figures.avgResponseSeconds() == null ? null
				: figures.avgResponseSeconds() - targets.averageResponseSeconds();
		BigDecimal salesTarget = proratedSales(targets, from, to);
		BigDecimal sales = salesTarget == null ? null : figures.salesAmount().subtract(salesTarget);
		return new TargetGap(conversion, response, salesTarget, sales);
	}

	public static @Nullable BigDecimal proratedSales(FigureTargets targets, LocalDate from, LocalDate to) {
		if (targets.monthlySalesPerAgent() == null) {
			return null;
		}
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		return targets.monthlySalesPerAgent()
			.multiply(BigDecimal.valueOf(days))
			.divide(BigDecimal.valueOf(from.lengthOfMonth()), 2, RoundingMode.HALF_UP);
	}

	public boolean conversionBehind() {
		return conversionPoints != null && conversionPoints < 0;
	}

	public boolean responseBehind() {
		return responseSeconds != null && responseSeconds > 0;
	}

	public boolean salesBehind() {
		return sales != null && sales.signum() < 0;
	}

}
