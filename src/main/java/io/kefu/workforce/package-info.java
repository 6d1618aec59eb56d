/**
 * Workforce (排班): the staffing need per half hour of a day, forecast from the shop's own
 * receptions and turned into agents by Erlang C (DOMAIN.md "Staffing"), and the core of
 * the monthly roster ({@link io.kefu.workforce.Roster}, solved by Timefold Solver without
 * Spring). Swaps, leave and attendance come in later slices. The calculators are plain
 * Java; the history comes from the receptions analytics stores.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "access", "analytics", "reception", "shop", "staff" })
@org.jspecify.annotations.NullMarked
package io.kefu.workforce;
