package io.kefu.appraisal.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kefu.appraisal.AgentInputs;
import io.kefu.appraisal.MonthInputs;
import io.kefu.appraisal.TypingResult;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;

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
 * kept), and per agent, named by username, the inputs that replace theirs. The API reads
 * it from JSON and the inputs page from its form; both validate its annotations, so the
 * two refuse the same values.
 */
record InputsBody(
		@DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6) @Nullable BigDecimal commissionRate,
		@DecimalMin("0") @Digits(integer = 10, fraction = 2) @Nullable BigDecimal bonusAmount,
		@NotNull @Size(max = 1000) List<@Valid @NotNull AgentBody> agents) {

	/**
	 * The month's inputs with these put over {@code current}.
	 * @param staff the shop's staff; only agents with a username and a skill group are
	 * given inputs
	 * @throws UnknownAgent when an agent given is not one of them, or is given twice
	 */
	MonthInputs over(MonthInputs current, List<Agent> staff) {
		Map<String, Agent> byUsername = staff.stream()
			.filter(agent -> agent.username() != null && agent.skillGroup() != null)
			.collect(Collectors.toMap(Agent::username, Function.identity(), (a, b) -> a));
		Map<AgentId, AgentInputs> given = new HashMap<>();
		for (int i = 0; i < agents.size(); i++) {
			AgentBody row = agents.get(i);
			Agent agent = byUsername.get(row.agent());
			if (agent == null) {
				throw new UnknownAgent(i, "the shop has no agent with a skill group named '" + row.agent() + "'");
			}
			if (given.putIfAbsent(agent.id(), row.inputs()) != null) {
				throw new UnknownAgent(i, "'" + row.agent() + "' is given twice");
			}
		}
		return new MonthInputs(commissionRate != null ? commissionRate : current.commissionRate(),
				bonusAmount != null ? bonusAmount : current.bonusAmount(), given);
	}

	record AgentBody(@NotBlank @Size(max = 64) String agent,
			@NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal salesTarget,
			@NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal basePay,
			@NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal levelReward,
			@Valid @Nullable TypingBody typing, @Min(0) @Max(100_000) int lowRatings,
			@Min(0) @Max(100_000) int namedReviews,
			@DecimalMin("0") @Digits(integer = 10, fraction = 2) @Nullable BigDecimal performancePay) {

		AgentInputs inputs() {
			return new AgentInputs(salesTarget, basePay, levelReward,
					typing == null ? null : new TypingResult(typing.charactersPerMinute(), typing.accuracy()),
					lowRatings, namedReviews, performancePay == null ? BigDecimal.ZERO : performancePay);
		}

	}

	record TypingBody(@Min(0) @Max(1000) int charactersPerMinute,
			@NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal accuracy) {
	}

	/**
	 * An agent the shop does not appraise, or one given twice, at {@code agents[index]}.
	 */
	static final class UnknownAgent extends IllegalArgumentException {

		private final int index;

		UnknownAgent(int index, String reason) {
			super("agents[" + index + "].agent: " + reason);
			this.index = index;
		}

		int index() {
			return index;
		}

	}

}
