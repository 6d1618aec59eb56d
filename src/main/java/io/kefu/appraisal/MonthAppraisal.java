package io.kefu.appraisal;

import java.time.YearMonth;
import java.util.List;

/**
 * A shop's month appraised from its figures and the supervisor's inputs.
 *
 * @param stale whether a recompute of some of the month's figures was still pending
 */
public record MonthAppraisal(YearMonth month, MonthStatus status, boolean stale, List<AgentAppraisal> agents) {

	public MonthAppraisal {
		agents = List.copyOf(agents);
	}

}
