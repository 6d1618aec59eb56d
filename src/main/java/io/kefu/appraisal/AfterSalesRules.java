package io.kefu.appraisal;

import java.math.BigDecimal;

/**
 * How after-sales agents are scored (seed 000 第四章: 底薪+绩效【绩效考核分数判定绩效百分比】+奖金): their KPI
 * weighs attitude, response and case closure (结案率) instead of sales and conversion, and
 * their 绩效 (an amount per agent × KPI ÷ 100) takes the place of commission. The seed
 * gives no weights; these defaults are Kefu's, settings like the rest.
 *
 * @param closureForFullMarks the 结案率 that earns the closure component 100 (100%)
 */
public record AfterSalesRules(BigDecimal attitudeWeight, BigDecimal responseWeight, BigDecimal closureWeight,
		BigDecimal closureForFullMarks) {

	public static final AfterSalesRules DEFAULTS = new AfterSalesRules(new BigDecimal("0.40"), new BigDecimal("0.30"),
			new BigDecimal("0.30"), BigDecimal.ONE);

	public AfterSalesRules {
		BigDecimal weights = attitudeWeight.add(responseWeight).add(closureWeight);
		if (weights.compareTo(BigDecimal.ONE) != 0 || attitudeWeight.signum() < 0 || responseWeight.signum() < 0
				|| closureWeight.signum() < 0) {
			throw new IllegalArgumentException(
					"The after-sales weights are shares that add up to 100%, not " + weights);
		}
		if (closureForFullMarks.signum() <= 0 || closureForFullMarks.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("The 结案率 for full marks is above 0 and at most 100%");
		}
	}

}
