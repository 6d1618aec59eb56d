package io.kefu.appraisal;

import java.time.YearMonth;

import io.kefu.shop.ShopId;

/**
 * Every shop's monthly appraisals: the supervisor's inputs, and the month appraised from
 * the shop's figures (analytics, the shop's judge rule) with them.
 */
public interface Appraisals {

	/** The month's inputs; the defaults for a month nobody has given any. */
	MonthInputs inputs(ShopId shop, YearMonth month);

	/** Replaces the month's rate and bonus amount, and the inputs of the agents given. */
	MonthInputs changeInputs(ShopId shop, YearMonth month, MonthInputs inputs);

	/**
	 * Appraises the month: every agent of the shop with a skill group, from the month's
	 * figures and inputs.
	 */
	MonthAppraisal appraise(ShopId shop, YearMonth month);

}
