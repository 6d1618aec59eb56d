package io.kefu.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * The figures as the API and the command line give them: one row per agent with exactly
 * the fields the figures issue names, the shop's side, and which days are provisional.
 */
public record FigureReport(LocalDate from, LocalDate to, JudgeRule judgeRule, List<Row> agents,
		@Nullable ShopFigures shop, @Nullable LocalDate provisionalFrom, boolean stale) {

	public FigureReport {
		agents = List.copyOf(agents);
	}

	/** Every agent's row and the shop's figures. */
	public static FigureReport of(TeamFigures team) {
		return new FigureReport(team.from(), team.to(), team.judgeRule(), team.agents().stream().map(Row::of).toList(),
				team.shop(), team.provisionalFrom(), team.stale());
	}

	/** One agent's own row, without the shop's figures (which add up everyone's). */
	public static FigureReport ofAgent(TeamFigures team, AgentId agentId) {
		return new FigureReport(team.from(), team.to(), team.judgeRule(),
				team.agents().stream().filter(agent -> agentId.equals(agent.agentId())).map(Row::of).toList(), null,
				team.provisionalFrom(), team.stale());
	}

	/** One agent's figures, named by sub-account. */
	public record Row(String agent, long receptions, long repliedReceptions, long unrepliedReceptions,
			@Nullable Double replyRate, @Nullable Double firstResponseSeconds, @Nullable Double avgResponseSeconds,
			long answeredRuns, @Nullable Double threeMinuteRate, long slowResponses, @Nullable Double answerRatio,
			long inquiries, long inquiryOrdered, long inquiryPaid, @Nullable Double inquiryConversion,
			BigDecimal salesAmount, long salesBuyers, @Nullable BigDecimal avgOrderValue, BigDecimal refundAmount,
			BigDecimal effectiveSales) {

		static Row of(AgentFigures f) {
			return new Row(f.agent(), f.receptions(), f.repliedReceptions(), f.unrepliedReceptions(), f.replyRate(),
					f.firstResponseSeconds(), f.avgResponseSeconds(), f.answeredRuns(), f.threeMinuteRate(),
					f.slowResponses(), f.answerRatio(), f.inquiries(), f.inquiryOrdered(), f.inquiryPaid(),
					f.inquiryConversion(), f.salesAmount(), f.salesBuyers(), f.avgOrderValue(), f.refundAmount(),
					f.effectiveSales());
		}

	}

}
