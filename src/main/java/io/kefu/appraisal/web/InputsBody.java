package io.kefu.appraisal.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The month's inputs as a supervisor puts them: the rate and bonus amount (left out:
 * kept), and per agent, named by username, the inputs that replace theirs.
 */
record InputsBody(
		@DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6) @Nullable BigDecimal commissionRate,
		@DecimalMin("0") @Digits(integer = 10, fraction = 2) @Nullable BigDecimal bonusAmount,
		@NotNull @Size(max = 1000) List<@Valid @NotNull AgentBody> agents) {

	record AgentBody(@NotBlank @Size(max = 64) String agent,
			@NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal salesTarget,
			@NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal basePay,
			@NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal levelReward,
			@Valid @Nullable TypingBody typing, @Min(0) @Max(100_000) int lowRatings,
			@Min(0) @Max(100_000) int namedReviews,
			@DecimalMin("0") @Digits(integer = 10, fraction = 2) @Nullable BigDecimal performancePay) {
	}

	record TypingBody(@Min(0) @Max(1000) int charactersPerMinute,
			@NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal accuracy) {
	}

}
