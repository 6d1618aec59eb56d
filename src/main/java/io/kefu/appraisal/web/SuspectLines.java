package io.kefu.appraisal.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.kefu.appraisal.Appraisals;
import io.kefu.appraisal.CheatingRecord;
import io.kefu.appraisal.CheatingWatch;
import io.kefu.shop.ShopId;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;

import org.springframework.stereotype.Component;

/** The month's suspected cheating as the API and the month page show it. */
@Component
class SuspectLines {

	private final CheatingWatch watch;

	private final Appraisals appraisals;

	private final Staff staff;

	SuspectLines(CheatingWatch watch, Appraisals appraisals, Staff staff) {
		this.watch = watch;
		this.appraisals = appraisals;
		this.staff = staff;
	}

	/** One line per agent and day, by day then agent. */
	List<SuspectLine> of(ShopId shop, YearMonth month) {
		Map<AgentId, Agent> agents = AppraisalView.agentsById(staff.inShop(shop));
		Set<AgentId> recorded = appraisals.cheating(shop, month)
			.stream()
			.map(CheatingRecord::agent)
			.collect(Collectors.toSet());
		return watch.suspected(shop, month)
			.stream()
			.map(suspect -> SuspectLine.of(suspect, agents, recorded.contains(suspect.agent())))
			.toList();
	}

}
