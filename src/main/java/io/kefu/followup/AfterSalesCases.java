package io.kefu.followup;

import io.kefu.staff.AgentId;

/**
 * An after-sales agent's cases (售后工单) of a period, as the appraisal's case closure (结案率)
 * reads them: the after-sales follow-ups (好评提醒, 回访, 留言) falling due in the period that
 * are the agent's, not called off, and either settled or past their deadline (due time +
 * the shop's overdue hours); of them, those settled by that deadline.
 */
public record AfterSalesCases(AgentId agent, long cases, long closedInTime) {

	public AfterSalesCases {
		if (cases < 0 || closedInTime < 0 || closedInTime > cases) {
			throw new IllegalArgumentException(
					"Cases closed in time are some of the cases: " + closedInTime + " of " + cases);
		}
	}

}
