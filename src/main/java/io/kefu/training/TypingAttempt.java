package io.kefu.training;

import java.math.BigDecimal;
import java.time.Instant;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * A typing test an agent was given, and its result once submitted: the score is null
 * until then (and stays null when the time ran out), the reason is set when the attempt
 * was voided.
 */
public record TypingAttempt(long id, ShopId shop, AgentId agent, String passage, Instant issuedAt,
		@Nullable Instant submittedAt, @Nullable TypingScore score, @Nullable TypingVoid voided) {

	public boolean submitted() {
		return submittedAt != null;
	}

	/** Passed: submitted, not voided, at {@value TypingScore#PASS_SPEED} 字/分 or more. */
	public boolean passed() {
		return score != null && voided == null && score.passed();
	}

	public boolean bonusLevel() {
		return score != null && voided == null && score.bonusLevel();
	}

	public @Nullable Integer charsPerMinute() {
		return score == null ? null : score.charsPerMinute();
	}

	public @Nullable BigDecimal accuracy() {
		return score == null ? null : score.accuracy();
	}

}
