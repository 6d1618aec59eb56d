package io.kefu.appraisal;

import java.math.BigDecimal;

/**
 * A month's pay, each line in yuan rounded half-up to the fen: base + level reward +
 * commission + bonuses + sheet = total.
 */
public record Pay(BigDecimal base, BigDecimal levelReward, BigDecimal commission, BigDecimal bonuses, BigDecimal sheet,
		BigDecimal total) {
}
