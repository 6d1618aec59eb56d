package io.kefu.appraisal;

import java.math.BigDecimal;

import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;

/**
 * One agent's month as the appraisal reads it: the figures (from analytics and quality),
 * the inputs the supervisor gives (target, pay, grade, typing, cheating) and the
 * reward/penalty sheet's totals.
 *
 * @param effectiveSales 有效销售额: 客服销售额 − 退款金额 under the shop's judge rule
 * @param salesTarget the month's sales target; zero when none was set
 * @param inquiryConversion 询单转化率 (0–1); null when the agent had no inquiries
 * @param avgResponseSeconds the average response; null when the agent answered nobody
 * @param lowRatings low ratings (rating 1–2 or an upheld complaint)
 * @param namedPositiveReviews 带名好评
 * @param typing the month's best typing test; null when none was taken
 * @param cheating whether cheating (作弊) was recorded for the month
 * @param levelReward 等级奖励 of the agent's grade
 * @param sheetAmount the reward/penalty sheet's entries added up (yuan, ±)
 * @param kpiAdjustment the sheet's KPI points (±, e.g. 扣绩效分)
 * @param cases an after-sales agent's cases and those closed in time (结案率)
 * @param performancePay an after-sales agent's 绩效 at KPI 100
 */
public record AgentMonth(AgentId agent, SkillGroup group, long receptions, BigDecimal effectiveSales,
		BigDecimal salesTarget, @Nullable BigDecimal inquiryConversion, @Nullable BigDecimal avgResponseSeconds,
		int lowRatings, int namedPositiveReviews, @Nullable TypingResult typing, boolean cheating, BigDecimal basePay,
		BigDecimal levelReward, BigDecimal sheetAmount, BigDecimal kpiAdjustment, CaseClosure cases,
		BigDecimal performancePay) {

	public AgentMonth {
		if (receptions < 0 || lowRatings < 0 || namedPositiveReviews < 0) {
			throw new IllegalArgumentException("Receptions, low ratings and reviews are counts, not negative");
		}
		if (salesTarget.signum() < 0) {
			throw new IllegalArgumentException("A sales target is not negative: " + salesTarget);
		}
		if (basePay.signum() < 0 || levelReward.signum() < 0 || performancePay.signum() < 0) {
			throw new IllegalArgumentException("Base pay, the level reward and performance pay are not negative");
		}
		if (inquiryConversion != null
				&& (inquiryConversion.signum() < 0 || inquiryConversion.compareTo(BigDecimal.ONE) > 0)) {
			throw new IllegalArgumentException("询单转化率 is 0 to 100%, not " + inquiryConversion);
		}
		if (avgResponseSeconds != null && avgResponseSeconds.signum() < 0) {
			throw new IllegalArgumentException("An average response is not negative");
		}
	}

}
