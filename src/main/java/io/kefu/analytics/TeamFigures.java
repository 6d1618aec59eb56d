package io.kefu.analytics;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The figures of a shop's agents over a range of business days, and of the whole team
 * (every reception and credited order, as if of one agent).
 *
 * @param provisionalFrom the first business day of the range whose conversion may still
 * change (the last {@code validityDays} days), or null
 * @param stale whether a recompute of some of these days was still pending when the
 * figures were read
 */
public record TeamFigures(LocalDate from, LocalDate to, JudgeRule judgeRule, List<AgentFigures> agents,
		AgentFigures team, ShopFigures shop, @Nullable LocalDate provisionalFrom, boolean stale) {

	public TeamFigures {
		agents = List.copyOf(agents);
	}

}
