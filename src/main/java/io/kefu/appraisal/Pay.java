package io.kefu.appraisal;

import java.math.BigDecimal;

/**
 * A month's pay, each line in yuan rounded half-up to the fen: base + level reward +
 * commission (pre-sales) or performance pay (绩效, after-sales) + bonuses + sheet = total.
 */
public record Pay(BigDecimal base, BigDecimal levelReward, BigDecimal commission, BigDecimal performance,
		BigDecimal bonuses, BigDecimal sheet, BigDecimal total) {
}
