/**
 * Workforce (排班): the staffing need per half hour of a day, forecast from the shop's own
 * receptions and turned into agents by Erlang C (DOMAIN.md "Staffing"), and the core of
 * the monthly roster ({@link io.kefu.workforce.Roster}, solved by Timefold Solver without
 * Spring), swaps (换班), leave (请假) and requested days off; attendance comes later. The
 * calculators are plain Java; the history comes from the receptions analytics stores.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access", "analytics", "shop", "staff" })
@org.jspecify.annotations.NullMarked
package io.kefu.workforce;
