package io.kefu.appraisal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * One line of the reward/penalty sheet (奖罚评分表): on a day, an amount in yuan (+ reward, −
 * fine, e.g. the seed's 10 or 30 yuan) and KPI points (e.g. 扣绩效分), with its reason.
 */
public record SheetEntry(long id, AgentId agent, LocalDate day, BigDecimal amount, BigDecimal kpiPoints, String reason,
		@Nullable AgentId enteredBy, Instant enteredAt) {

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000");

	private static final BigDecimal MAX_POINTS = new BigDecimal("100");

	/**
	 * @throws IllegalArgumentException naming the field: a blank reason or one over 200
	 * characters, an amount beyond ±100,000 yuan or points beyond ±100 or finer than a
	 * hundredth, or a line that moves neither the pay nor the KPI
	 */
	public SheetEntry {
		if (reason.isBlank() || reason.length() > 200) {
			throw new IllegalArgumentException("reason: a line says why, in at most 200 characters");
		}
		if (amount.abs().compareTo(MAX_AMOUNT) > 0 || amount.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("amount: at most ±100,000 yuan, to the fen, not " + amount);
		}
		if (kpiPoints.abs().compareTo(MAX_POINTS) > 0 || kpiPoints.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("kpiPoints: at most ±100, to a hundredth, not " + kpiPoints);
		}
		if (amount.signum() == 0 && kpiPoints.signum() == 0) {
			throw new IllegalArgumentException(
					"amount: a line moves the pay or the KPI: give a non-zero amount or kpiPoints");
		}
	}

}
