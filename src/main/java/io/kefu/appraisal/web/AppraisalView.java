package io.kefu.appraisal.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kefu.appraisal.AgentAppraisal;
import io.kefu.appraisal.IndicatorBonus;
import io.kefu.appraisal.MonthAppraisal;
import io.kefu.appraisal.MonthEvent;
import io.kefu.appraisal.MonthStatus;
import io.kefu.appraisal.Pay;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;

/**
 * A month's appraisal as the API shows it: points to two decimals, amounts in yuan to the
 * fen, each bonus with its figure, bar and reason.
 *
 * @param events the month's approval steps, for supervisors and owners
 */
record AppraisalView(String month, MonthStatus status, boolean stale, List<MonthEvent> events, List<AgentRow> agents) {

	static AppraisalView of(MonthAppraisal appraisal, Map<AgentId, Agent> agents, List<MonthEvent> events) {
		return new AppraisalView(appraisal.month().toString(), appraisal.status(), appraisal.stale(), events,
				appraisal.agents().stream().map(row -> AgentRow.of(row, agents.get(row.agent()))).toList());
	}

	record AgentRow(long agentId, @Nullable String agent, String name, SkillGroup group, long receptions,
			BigDecimal groupReceptions, Components components, BigDecimal volumePenalty, BigDecimal kpi,
			BigDecimal groupKpi, List<BonusRow> bonuses, Pay pay) {

		static AgentRow of(AgentAppraisal row, @Nullable Agent agent) {
			return new AgentRow(row.agent().value(), agent == null ? null : agent.username(),
					agent == null ? "" : agent.displayName(), row.group(), row.month().receptions(),
					points(row.groupReceptions()),
					new Components(component(row.components().sales()), points(row.components().attitude()),
							component(row.components().conversion()), points(row.components().response()),
							component(row.components().closure())),
					points(row.volumePenalty()), points(row.kpi()), points(row.groupKpi()),
					row.bonuses().stream().map(BonusRow::of).toList(), row.pay());
		}

	}

	/**
	 * Pre-sales agents have no closure, after-sales agents no sales and conversion
	 * (null).
	 */
	record Components(@Nullable BigDecimal sales, BigDecimal attitude, @Nullable BigDecimal conversion,
			BigDecimal response, @Nullable BigDecimal closure) {
	}

	record BonusRow(IndicatorBonus.Kind kind, BigDecimal amount, IndicatorBonus.Status status,
			IndicatorBonus.Reason reason, @Nullable BigDecimal figure, BigDecimal bar) {

		static BonusRow of(IndicatorBonus bonus) {
			return new BonusRow(bonus.kind(), bonus.amount().setScale(2, RoundingMode.HALF_UP), bonus.status(),
					bonus.reason(), bonus.figure() == null ? null : bonus.figure().stripTrailingZeros(),
					bonus.bar().stripTrailingZeros());
		}

	}

	/** The shop's staff by id, to name the agents of rows and lines. */
	static Map<AgentId, Agent> agentsById(List<Agent> staff) {
		return staff.stream().collect(Collectors.toMap(Agent::id, Function.identity(), (a, b) -> a));
	}

	private static BigDecimal points(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	/** A component not part of the agent's group's KPI stays null. */
	private static @Nullable BigDecimal component(@Nullable BigDecimal value) {
		return value == null ? null : points(value);
	}

}
