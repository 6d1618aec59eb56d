package io.kefu.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * The service figures of every shop, and the settings they are computed with. Every range
 * of days is from one day to the same or a later one, at most a year; another is refused
 * with {@link InvalidRangeException}.
 */
public interface Figures {

	/**
	 * The figures of the shop's agents over business days {@code from} to {@code to}
	 * inclusive, from the facts as stored: marked stale while the shop was never computed
	 * or a queued recompute can touch those days ({@link FigureRecompute}). Reading never
	 * recomputes nor waits.
	 * @param judgeRule overrides the shop's judge rule for this answer, when given
	 */
	TeamFigures team(ShopId shopId, LocalDate from, LocalDate to, @Nullable JudgeRule judgeRule);

	/**
	 * The figures of the range and their trend (the team's and the shop's figures of each
	 * day, and consultations by hour), read once: what the dashboard shows.
	 */
	Dashboard dashboard(ShopId shopId, LocalDate from, LocalDate to, @Nullable JudgeRule judgeRule);

	record Dashboard(TeamFigures team, FigureTrend trend) {
	}

	/**
	 * The receptions behind a number of the figures, of one agent or of all.
	 * @param agentId one agent's, or null for every agent's
	 */
	List<ReceptionLine> receptions(ShopId shopId, LocalDate from, LocalDate to, @Nullable JudgeRule judgeRule,
			@Nullable AgentId agentId, ReceptionFilter filter);

	/** One reception with its runs, its credited orders and its day's messages. */
	Optional<ReceptionDetail> reception(ShopId shopId, AgentId agentId, BuyerId buyerId, LocalDate day,
			@Nullable JudgeRule judgeRule);

	/** The orders behind the sales, refund or silent sales figures. */
	List<OrderLine> orders(ShopId shopId, LocalDate from, LocalDate to, @Nullable JudgeRule judgeRule,
			@Nullable AgentId agentId, OrderFilter filter);

	FigureSettings settings(ShopId shopId);

	/** Changes the shop's settings and queues the recompute of its whole history. */
	void changeSettings(ShopId shopId, FigureSettings settings);

}
