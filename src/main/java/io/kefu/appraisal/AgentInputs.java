package io.kefu.appraisal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What a supervisor gives for one agent's month beyond Kefu's own figures.
 *
 * @param salesTarget the month's sales target; zero for none
 * @param typing the month's best typing test; null when none was taken
 * @param lowRatings low ratings recorded by hand (rating 1–2 or an upheld complaint),
 * beyond those quality has recorded
 * @param namedReviews named positive reviews (带名好评) recorded by hand
 * @param performancePay an after-sales agent's 绩效 at KPI 100 (paid × KPI ÷ 100); zero for
 * pre-sales agents, who earn commission instead
 */
public record AgentInputs(BigDecimal salesTarget, BigDecimal basePay, BigDecimal levelReward,
		@Nullable TypingResult typing, int lowRatings, int namedReviews, BigDecimal performancePay) {

	/** An agent nobody has given inputs for: no target, no pay set, nothing recorded. */
	public static final AgentInputs NONE = new AgentInputs(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, 0,
			0, BigDecimal.ZERO);

	public AgentInputs {
		if (salesTarget.signum() < 0 || basePay.signum() < 0 || levelReward.signum() < 0
				|| performancePay.signum() < 0) {
			throw new IllegalArgumentException("Targets and pay are not negative");
		}
		if (lowRatings < 0 || namedReviews < 0) {
			throw new IllegalArgumentException("Ratings and reviews are counts, not negative");
		}
	}

}
