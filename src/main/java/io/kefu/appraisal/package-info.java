/**
 * Appraisal (考核): the monthly KPI, indicator bonuses and pay of seed 001 4.2–4.3, as
 * DOMAIN.md "KPI and pay" writes them out. {@link MonthAppraiser} is the calculator:
 * plain Java over one month's inputs per agent ({@link AgentMonth}) and the shop's rules
 * ({@link AppraisalRules}), every amount in {@link java.math.BigDecimal} and rounded to
 * the fen once, at the end.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access", "analytics", "customer", "followup",
		"quality", "reception", "shop", "staff", "training" })
@org.jspecify.annotations.NullMarked
package io.kefu.appraisal;
