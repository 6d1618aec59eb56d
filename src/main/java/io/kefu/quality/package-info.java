/**
 * Quality inspection (质检): the house rules of seed 001 3.7 (禁用/善用) and seed 004's
 * reception steps checked on every transcript, each hit naming its message, rule and
 * severity, and the inspection's score. The rules are plain Java ({@link Inspector});
 * their word lists are matched with one Aho–Corasick automaton built per settings.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access", "analytics", "background", "customer",
		"order", "reception", "shop", "staff" })
@org.jspecify.annotations.NullMarked
package io.kefu.quality;
