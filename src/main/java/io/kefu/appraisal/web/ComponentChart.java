package io.kefu.appraisal.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.kefu.appraisal.AfterSalesRules;
import io.kefu.appraisal.AgentAppraisal;
import io.kefu.appraisal.AppraisalRules;
import io.kefu.appraisal.KpiComponents;
import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;

/**
 * The geometry of the month's chart of KPI components: a horizontal bar per agent on the
 * KPI's 0–100 scale, each component's contribution (weight × points) stacked from 0, then
 * the deductions (volume penalty, the sheet's negative points) laid over the stack's end,
 * so that what is left uncovered ends at the KPI. The page draws it as SVG with these
 * numbers as percentages; the labels come from the messages by each part's name.
 *
 * @param groups the bars by skill group, each group with its average KPI
 * @param legend the names of the components drawn, in order of first appearance
 */
record ComponentChart(List<GroupBars> groups, List<String> legend) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * One component as the KPI weighs it.
	 *
	 * @param name the component, e.g. {@code sales}: its label is
	 * {@code appraisal.col.<name>} and its colour the class {@code seg-<name>}
	 * @param weight its share of the KPI (0.30)
	 * @param points the agent's points, 0–100
	 */
	record Segment(String name, BigDecimal weight, BigDecimal points) {

		BigDecimal contribution() {
			return weight.multiply(points);
		}

	}

	/** A component drawn from {@code x} over {@code width}, both on the 0–100 scale. */
	record Part(String name, BigDecimal weight, BigDecimal points, BigDecimal contribution, BigDecimal x,
			BigDecimal width) {
	}

	/**
	 * KPI points added or taken outside the components: {@code penalty} (the volume
	 * penalty, always taken) or {@code sheet} (the reward/penalty sheet's points, ±).
	 *
	 * @param points signed: negative when taken
	 */
	record Adjustment(String name, BigDecimal points, BigDecimal x, BigDecimal width) {

		public boolean taken() {
			return points.signum() < 0;
		}

	}

	/**
	 * One agent's bar.
	 *
	 * @param labelX where the KPI's value is written: after everything drawn
	 */
	record Bar(AgentId agent, List<Part> parts, List<Adjustment> adjustments, BigDecimal kpi, BigDecimal labelX) {
	}

	/** A skill group's bars, highest KPI first, with the group's average KPI. */
	record GroupBars(SkillGroup group, BigDecimal groupKpi, BigDecimal groupX, List<Bar> bars) {
	}

	/**
	 * Whether some bar has points added by the sheet, for the legend (public, as the
	 * template calls it).
	 */
	public boolean addsSheetPoints() {
		return groups.stream()
			.flatMap(group -> group.bars().stream())
			.flatMap(bar -> bar.adjustments().stream())
			.anyMatch(adjustment -> !adjustment.taken());
	}

	/** The chart of the rows a caller reads, weighed by the rules. */
	static ComponentChart of(List<AgentAppraisal> rows, AppraisalRules rules) {
		Map<SkillGroup, List<AgentAppraisal>> byGroup = new LinkedHashMap<>();
		rows.stream()
			.sorted(Comparator.comparing(AgentAppraisal::group))
			.forEach(row -> byGroup.computeIfAbsent(row.group(), group -> new ArrayList<>()).add(row));
		List<GroupBars> groups = new ArrayList<>();
		List<String> legend = new ArrayList<>();
		byGroup.forEach((group, members) -> {
			List<Bar> bars = members.stream()
				.sorted(Comparator.comparing(AgentAppraisal::kpi).reversed())
				.map(row -> bar(row.agent(), segments(row, rules), row.volumePenalty(), row.month().kpiAdjustment(),
						row.kpi()))
				.toList();
			bars.forEach(bar -> bar.parts()
				.stream()
				.map(Part::name)
				.filter(name -> !legend.contains(name))
				.forEach(legend::add));
			BigDecimal groupKpi = members.get(0).groupKpi();
			groups.add(new GroupBars(group, scaled(groupKpi), scaled(within(groupKpi)), bars));
		});
		return new ComponentChart(groups, legend);
	}

	/**
	 * The components an agent is scored on, with their weights: the one place that says
	 * which components a group's KPI has.
	 */
	static List<Segment> segments(AgentAppraisal row, AppraisalRules rules) {
		KpiComponents components = row.components();
		if (components.closure() != null) {
			AfterSalesRules afterSales = rules.afterSales();
			return List.of(new Segment("attitude", afterSales.attitudeWeight(), components.attitude()),
					new Segment("response", afterSales.responseWeight(), components.response()),
					new Segment("closure", afterSales.closureWeight(), components.closure()));
		}
		return List.of(new Segment("sales", rules.salesWeight(), Objects.requireNonNull(components.sales())),
				new Segment("attitude", rules.attitudeWeight(), components.attitude()),
				new Segment("conversion", rules.conversionWeight(), Objects.requireNonNull(components.conversion())),
				new Segment("response", rules.responseWeight(), components.response()));
	}

	/**
	 * One bar: the segments stacked from 0, the sheet's positive points after them, then
	 * the penalty and the sheet's negative points over the stack's end. Everything is
	 * clipped to 0–100, as the KPI is.
	 */
	static Bar bar(AgentId agent, List<Segment> segments, BigDecimal penalty, BigDecimal sheetPoints, BigDecimal kpi) {
		List<Part> parts = new ArrayList<>();
		BigDecimal end = BigDecimal.ZERO;
		for (Segment segment : segments) {
			BigDecimal contribution = segment.contribution();
			parts.add(new Part(segment.name(), segment.weight(), segment.points(), scaled(contribution),
					scaled(within(end)), scaled(span(end, end.add(contribution)))));
			end = end.add(contribution);
		}
		List<Adjustment> adjustments = new ArrayList<>();
		if (sheetPoints.signum() > 0) {
			adjustments.add(new Adjustment("sheet", scaled(sheetPoints), scaled(within(end)),
					scaled(span(end, end.add(sheetPoints)))));
			end = end.add(sheetPoints);
		}
		BigDecimal from = end.subtract(penalty).subtract(sheetPoints.min(BigDecimal.ZERO).negate());
		if (penalty.signum() > 0) {
			adjustments.add(new Adjustment("penalty", scaled(penalty.negate()), scaled(within(from)),
					scaled(span(from, from.add(penalty)))));
			from = from.add(penalty);
		}
		if (sheetPoints.signum() < 0) {
			adjustments.add(new Adjustment("sheet", scaled(sheetPoints), scaled(within(from)),
					scaled(span(from, from.subtract(sheetPoints)))));
		}
		return new Bar(agent, parts, adjustments, scaled(kpi), scaled(within(end.max(kpi))));
	}

	/** The width of [from, to] once both are clipped to 0–100. */
	private static BigDecimal span(BigDecimal from, BigDecimal to) {
		return within(to).subtract(within(from));
	}

	private static BigDecimal within(BigDecimal value) {
		return value.max(BigDecimal.ZERO).min(HUNDRED);
	}

	private static BigDecimal scaled(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

}
