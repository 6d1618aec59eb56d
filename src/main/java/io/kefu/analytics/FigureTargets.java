package io.kefu.analytics;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What the supervisor expects of each agent: an inquiry conversion for the week (a
 * ratio), an average response time, and sales for the month. A null target is not set.
 */
public record FigureTargets(@Nullable Double weeklyInquiryConversion, @Nullable Double averageResponseSeconds,
		@Nullable BigDecimal monthlySalesPerAgent) {

	public static final FigureTargets NONE = new FigureTargets(null, null, null);

	public FigureTargets {
		if (weeklyInquiryConversion != null && (weeklyInquiryConversion < 0 || weeklyInquiryConversion > 1)) {
			throw new IllegalArgumentException(
					"A conversion target is between 0 and 1, not " + weeklyInquiryConversion);
		}
		if (averageResponseSeconds != null && averageResponseSeconds <= 0) {
			throw new IllegalArgumentException("A response target is positive, not " + averageResponseSeconds);
		}
		if (monthlySalesPerAgent != null && monthlySalesPerAgent.signum() < 0) {
			throw new IllegalArgumentException("A sales target is not negative, not " + monthlySalesPerAgent);
		}
	}

}
