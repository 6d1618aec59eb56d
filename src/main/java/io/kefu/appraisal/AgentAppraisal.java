package io.kefu.appraisal;

import java.math.BigDecimal;
import java.util.List;

import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;

/**
 * One agent's appraisal for a month, with what it was computed from.
 *
 * @param month the inputs
 * @param groupReceptions the group's average receptions (the penalty's and the gate's
 * reference)
 * @param groupKpi the group's average KPI (the gate's reference)
 * @param volumePenalty the KPI points taken for receptions under the group's average
 * @param kpi 30% sales + 30% attitude + 30% conversion + 10% response − volume penalty +
 * the sheet's KPI points, within 0–100, to two decimals
 */
public record AgentAppraisal(AgentMonth month, BigDecimal groupReceptions, BigDecimal groupKpi,
		KpiComponents components, BigDecimal volumePenalty, BigDecimal kpi, List<IndicatorBonus> bonuses, Pay pay) {

	public AgentAppraisal {
		bonuses = List.copyOf(bonuses);
	}

	public AgentId agent() {
		return month.agent();
	}

	public SkillGroup group() {
		return month.group();
	}

}
