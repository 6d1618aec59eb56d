package io.kefu.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import io.kefu.access.Caller;
import io.kefu.access.Role;
import io.kefu.analytics.AgentFigures;
import io.kefu.analytics.FigureTargets;
import io.kefu.analytics.Figures;
import io.kefu.analytics.TargetGap;
import io.kefu.analytics.TeamFigures;
import io.kefu.shop.Shop;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Today's figures beside the shop's targets, for the home page: an agent's own, the
 * team's for everyone else. The team's sales target is the monthly target per agent,
 * prorated to the day, times the agents with figures today.
 */
@Component
class TodayAgainstTargets {

	private final Figures figures;

	private final Clock clock;

	TodayAgainstTargets(Figures figures, Clock clock) {
		this.figures = figures;
		this.clock = clock;
	}

	Row of(Caller caller, Shop shop) {
		LocalDate today = shop.businessDay(clock.instant());
		TeamFigures day = figures.team(shop.id(), today, today, null);
		FigureTargets targets = figures.settings(shop.id()).targets();
		boolean own = !caller.supervises() && (caller.has(Role.PRE_SALES) || caller.has(Role.AFTER_SALES));
		AgentFigures row = own ? day.agents()
			.stream()
			.filter(agent -> agent.agentId() != null && agent.agentId().value() == caller.agentId())
			.findFirst()
			.orElse(null) : day.team();
		BigDecimal perAgent = TargetGap.proratedSales(targets, today, today);
		BigDecimal salesTarget = perAgent == null || own ? perAgent
				: perAgent.multiply(BigDecimal.valueOf(Math.max(1, day.agents().size())));
		TargetGap gap = row == null ? null : TargetGap.of(row, targets, today, today);
		return new Row(!own, row, targets, salesTarget, gap != null && gap.conversionBehind(),
				gap != null && gap.responseBehind(),
				row != null && salesTarget != null && row.salesAmount().compareTo(salesTarget) < 0);
	}

	/**
	 * @param team whether the figures are the team's
	 * @param figures today's figures; null for an agent without any yet
	 * @param salesTarget today's sales target; null when none is set
	 */
	record Row(boolean team, @Nullable AgentFigures figures, FigureTargets targets, @Nullable BigDecimal salesTarget,
			boolean conversionBehind, boolean responseBehind, boolean salesBehind) {
	}

}
