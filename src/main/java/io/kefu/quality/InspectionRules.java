package io.kefu.quality;

/**
 * A shop's settings of the rules: the defaults ({@link InspectionSettings#DEFAULTS}) with
 * the shop's own changes. A change applies to the inspections made after it; inspecting a
 * period again ({@link Inspections#inspectAgain}) applies it to the past.
 */
public interface InspectionRules {

	/** The shop's settings of every rule, with the default thresholds. */
	InspectionSettings of(long shopId);

	/** Counts the shop's changes: 0 while it has the defaults. */
	int version(long shopId);

	void change(long shopId, Rule rule, RuleSettings settings, long changedBy);

	/** Gives the rule its default settings back. */
	void reset(long shopId, Rule rule, long changedBy);

}
