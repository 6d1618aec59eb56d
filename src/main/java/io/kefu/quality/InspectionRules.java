package io.kefu.quality;

import java.util.Map;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

/**
 * A shop's settings of the rules: the defaults ({@link InspectionSettings#DEFAULTS}) with
 * the shop's own changes. A change applies to the inspections made after it; inspecting a
 * period again ({@link Inspections#inspectAgain}) applies it to the past.
 */
public interface InspectionRules {

	/** The shop's settings of every rule, with the default thresholds. */
	InspectionSettings of(ShopId shopId);

	/** Counts the shop's changes: 0 while it has the defaults. */
	int version(ShopId shopId);

	void change(ShopId shopId, Rule rule, RuleSettings settings, AgentId changedBy);

	/**
	 * Changes several rules at once, all or none, as one change of the version; no rule
	 * is nothing to change.
	 */
	void change(ShopId shopId, Map<Rule, RuleSettings> settings, AgentId changedBy);

	/** Gives the rule its default settings back. */
	void reset(ShopId shopId, Rule rule, AgentId changedBy);

}
