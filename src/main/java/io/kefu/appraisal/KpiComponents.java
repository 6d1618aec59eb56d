package io.kefu.appraisal;

import java.math.BigDecimal;

/** The four KPI components of a month, each 0–100. */
public record KpiComponents(BigDecimal sales, BigDecimal attitude, BigDecimal conversion, BigDecimal response) {
}
