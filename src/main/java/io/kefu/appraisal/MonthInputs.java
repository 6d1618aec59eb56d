package io.kefu.appraisal;

import java.math.BigDecimal;
import java.util.Map;

import io.kefu.staff.AgentId;

/**
 * What a supervisor gives for a month: its commission rate and bonus amount, and each
 * agent's inputs (an agent left out has {@link AgentInputs#NONE}).
 */
public record MonthInputs(BigDecimal commissionRate, BigDecimal bonusAmount, Map<AgentId, AgentInputs> agents) {

	public static final MonthInputs DEFAULTS = new MonthInputs(AppraisalRules.DEFAULTS.commissionRate(),
			AppraisalRules.DEFAULTS.bonusAmount(), Map.of());

	public MonthInputs {
		agents = Map.copyOf(agents);
		if (commissionRate.signum() < 0 || commissionRate.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("The commission rate is 0 to 100%, not " + commissionRate);
		}
		if (bonusAmount.signum() < 0) {
			throw new IllegalArgumentException("The bonus amount is not negative");
		}
	}

	public AgentInputs of(AgentId agent) {
		return agents.getOrDefault(agent, AgentInputs.NONE);
	}

}
