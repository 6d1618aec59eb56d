/**
 * Workforce (排班): the staffing need per half hour of a day, forecast from the shop's own
 * receptions and turned into agents by Erlang C (DOMAIN.md "Staffing"); the monthly
 * roster ({@link io.kefu.workforce.Roster}, solved by Timefold Solver in the background,
 * pinned and published by supervisors); swaps, leave and requested days off; and
 * attendance from the agents' presence history. The calculators and the roster's rules
 * are plain Java.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "access", "analytics", "reception", "shop", "staff" })
@org.jspecify.annotations.NullMarked
package io.kefu.workforce;
