package io.kefu.appraisal;

import java.math.BigDecimal;

/**
 * How a shop scores and pays its agents for a month (DOMAIN.md "KPI and pay"; every
 * number a setting, the defaults the seed's).
 *
 * @param salesWeight the sales component's share of the KPI (30%), as the others
 * @param pointsPerLowRating what each low rating takes off the attitude component (20)
 * @param conversionForFullMarks the 询单转化率 that earns the conversion component 100 (50%)
 * @param responseFullMarksSeconds the average response at or under which the response
 * component is 100 (15 s)
 * @param responseZeroSeconds the average response at or over which it is 0 (60 s)
 * @param receptionsAllowance how far below the group's average receptions an agent may
 * fall without penalty (10), and the bonuses' gate
 * @param receptionsStep each further step of this many receptions below (10) costs
 * @param pointsPerStep these KPI points (5)
 * @param bonusAmount each indicator bonus (100 yuan)
 * @param conversionBonusAt the 询单转化率 that earns the conversion bonus (50%)
 * @param responseBonusSeconds the average response that earns the response bonus (15 s)
 * @param typingBonusSpeed characters a minute that earn the typing bonus (100)
 * @param typingBonusAccuracy at this accuracy or better (90%)
 * @param reviewsBonusNamed named positive reviews (带名好评) that, with no low rating, earn
 * the reviews bonus (20)
 * @param commissionRate the share of 有效销售额 paid as commission at KPI 100 (1%)
 * @param afterSales how after-sales agents are scored and paid instead
 */
public record AppraisalRules(BigDecimal salesWeight, BigDecimal attitudeWeight, BigDecimal conversionWeight,
		BigDecimal responseWeight, BigDecimal pointsPerLowRating, BigDecimal conversionForFullMarks,
		BigDecimal responseFullMarksSeconds, BigDecimal responseZeroSeconds, BigDecimal receptionsAllowance,
		BigDecimal receptionsStep, BigDecimal pointsPerStep, BigDecimal bonusAmount, BigDecimal conversionBonusAt,
		BigDecimal responseBonusSeconds, int typingBonusSpeed, BigDecimal typingBonusAccuracy, int reviewsBonusNamed,
		BigDecimal commissionRate, AfterSalesRules afterSales) {

	public static final AppraisalRules DEFAULTS = new AppraisalRules(new BigDecimal("0.30"), new BigDecimal("0.30"),
			new BigDecimal("0.30"), new BigDecimal("0.10"), new BigDecimal("20"), new BigDecimal("0.50"),
			new BigDecimal("15"), new BigDecimal("60"), new BigDecimal("10"), new BigDecimal("10"), new BigDecimal("5"),
			new BigDecimal("100"), new BigDecimal("0.50"), new BigDecimal("15"), 100, new BigDecimal("0.90"), 20,
			new BigDecimal("0.01"), AfterSalesRules.DEFAULTS);

	public AppraisalRules {
		BigDecimal weights = salesWeight.add(attitudeWeight).add(conversionWeight).add(responseWeight);
		if (weights.compareTo(BigDecimal.ONE) != 0 || salesWeight.signum() < 0 || attitudeWeight.signum() < 0
				|| conversionWeight.signum() < 0 || responseWeight.signum() < 0) {
			throw new IllegalArgumentException("The component weights are shares that add up to 100%, not " + weights);
		}
		if (responseZeroSeconds.compareTo(responseFullMarksSeconds) <= 0) {
			throw new IllegalArgumentException("The response reaches 0 at more seconds than it has full marks");
		}
		if (conversionForFullMarks.signum() <= 0 || receptionsStep.signum() <= 0) {
			throw new IllegalArgumentException("The conversion for full marks and the receptions step are positive");
		}
		if (commissionRate.signum() < 0 || commissionRate.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("The commission rate is 0 to 100%, not " + commissionRate);
		}
		if (pointsPerLowRating.signum() < 0 || pointsPerStep.signum() < 0 || bonusAmount.signum() < 0
				|| receptionsAllowance.signum() < 0) {
			throw new IllegalArgumentException("Points, allowances and the bonus amount are not negative");
		}
	}

	/** The rules with a month's commission rate and bonus amount. */
	public AppraisalRules paying(BigDecimal rate, BigDecimal bonus) {
		return new AppraisalRules(salesWeight, attitudeWeight, conversionWeight, responseWeight, pointsPerLowRating,
				conversionForFullMarks, responseFullMarksSeconds, responseZeroSeconds, receptionsAllowance,
				receptionsStep, pointsPerStep, bonus, conversionBonusAt, responseBonusSeconds, typingBonusSpeed,
				typingBonusAccuracy, reviewsBonusNamed, rate, afterSales);
	}

}
