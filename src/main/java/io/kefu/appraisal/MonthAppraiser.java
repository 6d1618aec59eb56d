package io.kefu.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.kefu.appraisal.IndicatorBonus.Kind;
import io.kefu.appraisal.IndicatorBonus.Reason;
import io.kefu.appraisal.IndicatorBonus.Status;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;

/**
 * Appraises a month (DOMAIN.md "KPI and pay", seed 001 4.2–4.3). Each agent is measured
 * against their skill group's averages, so the group's receptions are averaged first,
 * then every KPI, then the group's KPI, then the bonuses and pay. Intermediate figures
 * keep {@value #SCALE} decimals; amounts are rounded half-up to the fen once, on the
 * final figures.
 */
public final class MonthAppraiser {

	static final int SCALE = 10;

	/**
	 * Averages keep more decimals than any figure they are compared with, so rounding
	 * never puts an agent on the wrong side of the group's average (an agent exactly at
	 * the average passes the gate).
	 */
	private static final int AVERAGE_SCALE = 30;

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private static final BigDecimal HALF = new BigDecimal("0.5");

	private final AppraisalRules rules;

	public MonthAppraiser(AppraisalRules rules) {
		this.rules = rules;
	}

	/** The month's appraisals, in the order of the inputs. */
	public List<AgentAppraisal> appraise(List<AgentMonth> months) {
		Map<SkillGroup, BigDecimal> groupReceptions = averages(months, AgentMonth::group,
				month -> BigDecimal.valueOf(month.receptions()));
		List<Scored> scored = months.stream().map(month -> score(month, groupReceptions.get(month.group()))).toList();
		Map<SkillGroup, BigDecimal> groupKpi = averages(scored, agent -> agent.month().group(), Scored::kpi);
		List<AgentAppraisal> appraised = new ArrayList<>();
		for (Scored agent : scored) {
			BigDecimal receptions = groupReceptions.get(agent.month().group());
			BigDecimal kpi = groupKpi.get(agent.month().group());
			List<IndicatorBonus> bonuses = bonuses(agent, receptions, kpi);
			appraised.add(new AgentAppraisal(agent.month(), receptions, kpi, agent.components(), agent.penalty(),
					agent.kpi(), bonuses, pay(agent, bonuses)));
		}
		return appraised;
	}

	/** A month's components, penalty and KPI, before the group's KPI is known. */
	private record Scored(AgentMonth month, KpiComponents components, BigDecimal penalty, BigDecimal kpi) {
	}

	private Scored score(AgentMonth month, BigDecimal groupReceptions) {
		KpiComponents components;
		BigDecimal weighted;
		if (afterSales(month)) {
			AfterSalesRules scheme = rules.afterSales();
			components = new KpiComponents(null, attitude(month), null, response(month), closure(month));
			weighted = scheme.attitudeWeight()
				.multiply(components.attitude())
				.add(scheme.responseWeight().multiply(components.response()))
				.add(scheme.closureWeight().multiply(components.closure()));
		}
		else {
			BigDecimal sales = sales(month);
			BigDecimal conversion = conversion(month);
			components = new KpiComponents(sales, attitude(month), conversion, response(month), null);
			weighted = rules.salesWeight()
				.multiply(sales)
				.add(rules.attitudeWeight().multiply(components.attitude()))
				.add(rules.conversionWeight().multiply(conversion))
				.add(rules.responseWeight().multiply(components.response()));
		}
		BigDecimal penalty = volumePenalty(month.receptions(), groupReceptions);
		BigDecimal kpi = within(weighted.subtract(penalty).add(month.kpiAdjustment()));
		return new Scored(month, components, penalty, kpi);
	}

	/** After-sales agents are scored and paid by their own rules (seed 000 第四章). */
	private static boolean afterSales(AgentMonth month) {
		return month.group() == SkillGroup.AFTER_SALES;
	}

	/** min(100, 100 × 结案率 ÷ the rate for full marks); 0 without cases. */
	BigDecimal closure(AgentMonth month) {
		BigDecimal rate = month.cases().rate();
		if (rate == null) {
			return BigDecimal.ZERO;
		}
		return within(
				HUNDRED.multiply(rate).divide(rules.afterSales().closureForFullMarks(), SCALE, RoundingMode.HALF_UP));
	}

	/** min(100, 100 × 有效销售额 ÷ target), not below 0; full marks when no target was set. */
	BigDecimal sales(AgentMonth month) {
		if (month.salesTarget().signum() == 0) {
			return HUNDRED;
		}
		return within(
				HUNDRED.multiply(month.effectiveSales()).divide(month.salesTarget(), SCALE, RoundingMode.HALF_UP));
	}

	/** max(0, 100 − 20 × low ratings). */
	BigDecimal attitude(AgentMonth month) {
		return within(HUNDRED.subtract(rules.pointsPerLowRating().multiply(BigDecimal.valueOf(month.lowRatings()))));
	}

	/** min(100, 100 × 询单转化率 ÷ 50%); 0 without inquiries. */
	BigDecimal conversion(AgentMonth month) {
		if (month.inquiryConversion() == null) {
			return BigDecimal.ZERO;
		}
		return within(HUNDRED.multiply(month.inquiryConversion())
			.divide(rules.conversionForFullMarks(), SCALE, RoundingMode.HALF_UP));
	}

	/** 100 at ≤ 15 s, linearly down to 0 at 60 s; 0 when the agent answered nobody. */
	BigDecimal response(AgentMonth month) {
		BigDecimal seconds = month.avgResponseSeconds();
		if (seconds == null) {
			return BigDecimal.ZERO;
		}
		BigDecimal span = rules.responseZeroSeconds().subtract(rules.responseFullMarksSeconds());
		return within(HUNDRED.multiply(rules.responseZeroSeconds().subtract(seconds))
			.divide(span, SCALE, RoundingMode.HALF_UP));
	}

	/**
	 * 5 × ⌈(d − 10) ÷ 10⌉ points when the receptions are d &gt; 10 below the group's
	 * average: 10–20 below −5, 20–30 below −10, and so on.
	 */
	BigDecimal volumePenalty(long receptions, BigDecimal groupReceptions) {
		BigDecimal below = groupReceptions.subtract(BigDecimal.valueOf(receptions));
		BigDecimal beyond = below.subtract(rules.receptionsAllowance());
		if (beyond.signum() <= 0) {
			return BigDecimal.ZERO;
		}
		BigDecimal steps = beyond.divide(rules.receptionsStep(), 0, RoundingMode.CEILING);
		return rules.pointsPerStep().multiply(steps);
	}

	private List<IndicatorBonus> bonuses(Scored agent, BigDecimal groupReceptions, BigDecimal groupKpi) {
		AgentMonth month = agent.month();
		List<IndicatorBonus> bonuses = new ArrayList<>();
		if (!afterSales(month)) {
			// after-sales agents sell nothing, so conversion earns them no bonus
			bonuses.add(atLeast(Kind.CONVERSION, month.inquiryConversion(), rules.conversionBonusAt()));
		}
		bonuses.add(atMost(Kind.RESPONSE, month.avgResponseSeconds(), rules.responseBonusSeconds()));
		bonuses.add(typing(month.typing()));
		bonuses.add(reviews(month));
		Reason gate = gate(agent, groupReceptions, groupKpi);
		return bonuses.stream().map(bonus -> {
			if (month.cheating()) {
				return settled(bonus, Status.VOIDED, Reason.CHEATING);
			}
			if (bonus.status() == Status.MET && gate != Reason.MET) {
				return settled(bonus, Status.GATED, gate);
			}
			return bonus;
		}).toList();
	}

	/** Receptions ≥ group average − 10 and KPI ≥ group average, the receptions first. */
	private Reason gate(Scored agent, BigDecimal groupReceptions, BigDecimal groupKpi) {
		if (BigDecimal.valueOf(agent.month().receptions())
			.compareTo(groupReceptions.subtract(rules.receptionsAllowance())) < 0) {
			return Reason.RECEPTIONS_GATE;
		}
		return agent.kpi().compareTo(groupKpi) < 0 ? Reason.KPI_GATE : Reason.MET;
	}

	private IndicatorBonus atLeast(Kind kind, @Nullable BigDecimal figure, BigDecimal bar) {
		if (figure == null) {
			return new IndicatorBonus(kind, Status.NOT_MET, BigDecimal.ZERO, Reason.NO_FIGURE, null, bar);
		}
		return figure.compareTo(bar) >= 0 ? met(kind, figure, bar)
				: new IndicatorBonus(kind, Status.NOT_MET, BigDecimal.ZERO, Reason.BELOW_BAR, figure, bar);
	}

	private IndicatorBonus atMost(Kind kind, @Nullable BigDecimal figure, BigDecimal bar) {
		if (figure == null) {
			return new IndicatorBonus(kind, Status.NOT_MET, BigDecimal.ZERO, Reason.NO_FIGURE, null, bar);
		}
		return figure.compareTo(bar) <= 0 ? met(kind, figure, bar)
				: new IndicatorBonus(kind, Status.NOT_MET, BigDecimal.ZERO, Reason.BELOW_BAR, figure, bar);
	}

	private IndicatorBonus typing(@Nullable TypingResult typing) {
		BigDecimal bar = BigDecimal.valueOf(rules.typingBonusSpeed());
		if (typing == null) {
			return new IndicatorBonus(Kind.TYPING, Status.NOT_MET, BigDecimal.ZERO, Reason.NO_FIGURE, null, bar);
		}
		BigDecimal speed = BigDecimal.valueOf(typing.charactersPerMinute());
		boolean fast = typing.charactersPerMinute() >= rules.typingBonusSpeed();
		boolean accurate = typing.accuracy().compareTo(rules.typingBonusAccuracy()) >= 0;
		return fast && accurate ? met(Kind.TYPING, speed, bar)
				: new IndicatorBonus(Kind.TYPING, Status.NOT_MET, BigDecimal.ZERO, Reason.BELOW_BAR, speed, bar);
	}

	private IndicatorBonus reviews(AgentMonth month) {
		BigDecimal named = BigDecimal.valueOf(month.namedPositiveReviews());
		BigDecimal bar = BigDecimal.valueOf(rules.reviewsBonusNamed());
		if (month.lowRatings() > 0) {
			return new IndicatorBonus(Kind.REVIEWS, Status.NOT_MET, BigDecimal.ZERO, Reason.LOW_RATING, named, bar);
		}
		return month.namedPositiveReviews() >= rules.reviewsBonusNamed() ? met(Kind.REVIEWS, named, bar)
				: new IndicatorBonus(Kind.REVIEWS, Status.NOT_MET, BigDecimal.ZERO, Reason.BELOW_BAR, named, bar);
	}

	private IndicatorBonus met(Kind kind, BigDecimal figure, BigDecimal bar) {
		return new IndicatorBonus(kind, Status.MET, rules.bonusAmount(), Reason.MET, figure, bar);
	}

	private static IndicatorBonus settled(IndicatorBonus bonus, Status status, Reason reason) {
		return new IndicatorBonus(bonus.kind(), status, BigDecimal.ZERO, reason, bonus.figure(), bonus.bar());
	}

	/**
	 * Base + level reward + commission or 绩效 + bonuses + sheet. A pre-sales agent earns
	 * 有效销售额 × rate × (50% + 50% × KPI ÷ 100), none when refunds outweigh sales rather
	 * than a deduction; an after-sales agent their 绩效 amount × KPI ÷ 100 instead.
	 */
	private Pay pay(Scored agent, List<IndicatorBonus> bonuses) {
		AgentMonth month = agent.month();
		BigDecimal commission = BigDecimal.ZERO;
		BigDecimal performance = BigDecimal.ZERO;
		if (afterSales(month)) {
			performance = month.performancePay().multiply(agent.kpi()).divide(HUNDRED, SCALE, RoundingMode.HALF_UP);
		}
		else {
			BigDecimal factor = HALF.add(HALF.multiply(agent.kpi()).divide(HUNDRED, SCALE, RoundingMode.HALF_UP));
			commission = month.effectiveSales().max(BigDecimal.ZERO).multiply(rules.commissionRate()).multiply(factor);
		}
		BigDecimal bonus = bonuses.stream().map(IndicatorBonus::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal total = month.basePay()
			.add(month.levelReward())
			.add(commission)
			.add(performance)
			.add(bonus)
			.add(month.sheetAmount());
		return new Pay(fen(month.basePay()), fen(month.levelReward()), fen(commission), fen(performance), fen(bonus),
				fen(month.sheetAmount()), fen(total));
	}

	/**
	 * The average of a figure per skill group, over every agent of the group appraised.
	 */
	private static <T> Map<SkillGroup, BigDecimal> averages(List<T> agents, Function<T, SkillGroup> groupOf,
			Function<T, BigDecimal> figure) {
		Map<SkillGroup, BigDecimal> sums = new EnumMap<>(SkillGroup.class);
		Map<SkillGroup, Integer> counts = new EnumMap<>(SkillGroup.class);
		for (T agent : agents) {
			sums.merge(groupOf.apply(agent), figure.apply(agent), BigDecimal::add);
			counts.merge(groupOf.apply(agent), 1, Integer::sum);
		}
		Map<SkillGroup, BigDecimal> averages = new EnumMap<>(SkillGroup.class);
		sums.forEach((group, sum) -> averages.put(group,
				sum.divide(BigDecimal.valueOf(counts.get(group)), AVERAGE_SCALE, RoundingMode.HALF_UP)));
		return averages;
	}

	private static BigDecimal within(BigDecimal points) {
		return points.max(BigDecimal.ZERO).min(HUNDRED);
	}

	private static BigDecimal fen(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

}
