package io.kefu.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * The team's and the shop's figures day by day, and the receptions of the range by the
 * hour of day (shop time) of their first buyer message.
 */
public record FigureTrend(List<Day> days, List<Long> receptionsByHour) {

	public FigureTrend {
		days = List.copyOf(days);
		receptionsByHour = List.copyOf(receptionsByHour);
	}

	public record Day(LocalDate day, AgentFigures team, ShopFigures shop) {
	}

}
