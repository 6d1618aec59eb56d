package io.kefu.appraisal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A month's KPI components, each 0–100. Pre-sales agents are scored on sales, attitude,
 * conversion and response; after-sales agents on attitude, response and case closure. A
 * component that is not part of the agent's group's KPI is null.
 */
public record KpiComponents(@Nullable BigDecimal sales, BigDecimal attitude, @Nullable BigDecimal conversion,
		BigDecimal response, @Nullable BigDecimal closure) {
}
