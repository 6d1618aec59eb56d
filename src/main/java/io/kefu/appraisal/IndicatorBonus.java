package io.kefu.appraisal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One indicator bonus of the month (seed 001 4.3): what it is, what it pays and why.
 *
 * @param amount what it pays: the bonus amount when met, else zero
 * @param figure the agent's figure the bar is applied to (for typing, the speed; for
 * reviews, the named positive reviews); null when there is none
 * @param bar the rule's bar
 */
public record IndicatorBonus(Kind kind, Status status, BigDecimal amount, Reason reason, @Nullable BigDecimal figure,
		BigDecimal bar) {

	public enum Kind {

		/** 询单转化率 at or over the bar (50%). */
		CONVERSION,
		/** Average response at or under the bar (15 s). */
		RESPONSE,
		/** Typing speed and accuracy at or over the bars (100/min at 90%). */
		TYPING,
		/** No low rating and enough named positive reviews (20). */
		REVIEWS

	}

	public enum Status {

		/** The figure meets the bar and the gate is passed: paid. */
		MET,
		/** The figure misses the bar. */
		NOT_MET,
		/**
		 * The figure meets the bar, but the agent's receptions or KPI are under the gate
		 * (receptions ≥ group average − 10 and KPI ≥ group average).
		 */
		GATED,
		/** Cheating was recorded: every bonus of the month is void. */
		VOIDED

	}

	public enum Reason {

		/** The figure meets the bar and the gate is passed. */
		MET,
		/** The figure misses the bar. */
		BELOW_BAR,
		/** There is no figure: no inquiries, no answer, no typing test. */
		NO_FIGURE,
		/** A low rating rules the reviews bonus out. */
		LOW_RATING,
		/** Receptions under the group's average by more than the allowance. */
		RECEPTIONS_GATE,
		/** KPI under the group's average. */
		KPI_GATE,
		/** Cheating was recorded. */
		CHEATING

	}

}
