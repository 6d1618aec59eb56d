package io.kefu.appraisal.web;

import java.math.BigDecimal;
import java.util.List;

import io.kefu.appraisal.AfterSalesRules;
import io.kefu.appraisal.AgentAppraisal;
import io.kefu.appraisal.AgentMonth;
import io.kefu.appraisal.CaseClosure;
import io.kefu.appraisal.AppraisalRules;
import io.kefu.appraisal.MonthAppraiser;
import io.kefu.appraisal.web.ComponentChart.Adjustment;
import io.kefu.appraisal.web.ComponentChart.Bar;
import io.kefu.appraisal.web.ComponentChart.Part;
import io.kefu.appraisal.web.ComponentChart.Segment;
import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComponentChartUnitTests {

	private static final AgentId XIAOMEI = AgentId.of(1);

	/** sales 100, attitude 80, conversion 90, response 88.89 at the default weights. */
	private static final List<Segment> WORKED = List.of(segment("sales", "0.30", "100"),
			segment("attitude", "0.30", "80"), segment("conversion", "0.30", "90"),
			segment("response", "0.10", "88.8888888889"));

	@Test
	void stacksEachComponentsWeightedPointsFromZero() {
		Bar bar = ComponentChart.bar(XIAOMEI, WORKED, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("89.89"));

		assertThat(bar.parts()).extracting(Part::name).containsExactly("sales", "attitude", "conversion", "response");
		assertThat(bar.parts()).extracting(part -> part.x().toPlainString())
			.containsExactly("0.00", "30.00", "54.00", "81.00");
		assertThat(bar.parts()).extracting(part -> part.width().toPlainString())
			.containsExactly("30.00", "24.00", "27.00", "8.89");
		assertThat(bar.parts().get(1).contribution()).isEqualByComparingTo("24");
		assertThat(bar.adjustments()).isEmpty();
		assertThat(bar.labelX()).isEqualByComparingTo("89.89");
	}

	@Test
	void laysThePenaltyOverTheStacksEndSoThatWhatIsLeftEndsAtTheKpi() {
		Bar bar = ComponentChart.bar(XIAOMEI, WORKED, new BigDecimal("5"), BigDecimal.ZERO, new BigDecimal("84.89"));

		assertThat(bar.adjustments()).singleElement().satisfies(penalty -> {
			assertThat(penalty.name()).isEqualTo("penalty");
			assertThat(penalty.taken()).isTrue();
			assertThat(penalty.points()).isEqualByComparingTo("-5");
			assertThat(penalty.x()).isEqualByComparingTo("84.89");
			assertThat(penalty.width()).isEqualByComparingTo("5");
		});
		assertThat(bar.kpi()).isEqualByComparingTo("84.89");
		assertThat(bar.labelX()).isEqualByComparingTo("89.89");
	}

	@Test
	void addsTheSheetsPointsAfterTheComponentsAndClipsAtAHundred() {
		List<Segment> full = List.of(segment("sales", "0.30", "100"), segment("attitude", "0.30", "100"),
				segment("conversion", "0.30", "100"), segment("response", "0.10", "100"));

		Bar bar = ComponentChart.bar(XIAOMEI, full, new BigDecimal("10"), new BigDecimal("5"), new BigDecimal("95"));

		assertThat(bar.adjustments()).extracting(Adjustment::name).containsExactly("sheet", "penalty");
		assertThat(bar.adjustments().get(0).x()).isEqualByComparingTo("100");
		assertThat(bar.adjustments().get(0).width()).isEqualByComparingTo("0");
		assertThat(bar.adjustments().get(1).x()).isEqualByComparingTo("95");
		assertThat(bar.adjustments().get(1).width()).isEqualByComparingTo("5");
		assertThat(bar.labelX()).isEqualByComparingTo("100");
	}

	@Test
	void takesNoMoreThanTheStackWhenTheDeductionsOutweighIt() {
		List<Segment> poor = List.of(segment("sales", "0.30", "40"), segment("attitude", "0.30", "20"),
				segment("conversion", "0.30", "0"), segment("response", "0.10", "20"));

		Bar bar = ComponentChart.bar(XIAOMEI, poor, new BigDecimal("15"), new BigDecimal("-10"), BigDecimal.ZERO);

		assertThat(bar.adjustments()).extracting(Adjustment::name).containsExactly("penalty", "sheet");
		assertThat(bar.adjustments()).extracting(adjustment -> adjustment.x().toPlainString())
			.containsExactly("0.00", "10.00");
		assertThat(bar.adjustments()).extracting(adjustment -> adjustment.width().toPlainString())
			.containsExactly("10.00", "10.00");
		assertThat(bar.adjustments().get(1).points()).isEqualByComparingTo("-10");
		assertThat(bar.labelX()).isEqualByComparingTo("20");
	}

	@Test
	void drawsWhateverComponentsAGroupIsScoredOn() {
		List<Segment> afterSales = List.of(segment("attitude", "0.40", "100"), segment("response", "0.20", "50"),
				segment("closure", "0.40", "75"));

		Bar bar = ComponentChart.bar(XIAOMEI, afterSales, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("80"));

		assertThat(bar.parts()).extracting(Part::name).containsExactly("attitude", "response", "closure");
		assertThat(bar.parts()).extracting(part -> part.x().toPlainString()).containsExactly("0.00", "40.00", "50.00");
		assertThat(bar.labelX()).isEqualByComparingTo("80");
	}

	@Test
	void weighsTheComponentsByTheShopsRules() {
		AppraisalRules rules = new AppraisalRules(new BigDecimal("0.40"), new BigDecimal("0.20"),
				new BigDecimal("0.20"), new BigDecimal("0.20"), new BigDecimal("20"), new BigDecimal("0.50"),
				new BigDecimal("15"), new BigDecimal("60"), new BigDecimal("10"), new BigDecimal("10"),
				new BigDecimal("5"), new BigDecimal("100"), new BigDecimal("0.50"), new BigDecimal("15"), 100,
				new BigDecimal("0.90"), 20, new BigDecimal("0.01"), new AfterSalesRules(new BigDecimal("0.50"),
						new BigDecimal("0.25"), new BigDecimal("0.25"), BigDecimal.ONE));
		List<AgentAppraisal> rows = new MonthAppraiser(rules)
			.appraise(List.of(month(1, SkillGroup.PRE_SALES, 300), month(2, SkillGroup.AFTER_SALES, 300)));

		assertThat(ComponentChart.segments(rows.get(0), rules)).extracting(segment -> segment.weight().toPlainString())
			.containsExactly("0.40", "0.20", "0.20", "0.20");
		assertThat(ComponentChart.segments(rows.get(1), rules)).extracting(ComponentChart.Segment::name)
			.containsExactly("attitude", "response", "closure");
		assertThat(ComponentChart.segments(rows.get(1), rules)).extracting(segment -> segment.weight().toPlainString())
			.containsExactly("0.50", "0.25", "0.25");
	}

	@Test
	void groupsTheBarsHighestKpiFirstWithTheGroupsAverage() {
		List<AgentAppraisal> rows = new MonthAppraiser(AppraisalRules.DEFAULTS)
			.appraise(List.of(month(1, SkillGroup.AFTER_SALES, 100), month(2, SkillGroup.PRE_SALES, 280),
					month(3, SkillGroup.PRE_SALES, 300), month(4, SkillGroup.PRE_SALES, 200)));

		ComponentChart chart = ComponentChart.of(rows, AppraisalRules.DEFAULTS);

		assertThat(chart.groups()).extracting(ComponentChart.GroupBars::group)
			.containsExactly(SkillGroup.PRE_SALES, SkillGroup.AFTER_SALES);
		assertThat(chart.groups().get(0).bars()).extracting(bar -> bar.agent().value()).containsExactly(2L, 3L, 4L);
		assertThat(chart.groups().get(0).bars().get(2).adjustments()).extracting(Adjustment::name)
			.containsExactly("penalty");
		assertThat(chart.groups().get(0).groupKpi())
			.isEqualByComparingTo(rows.get(1).groupKpi().setScale(2, java.math.RoundingMode.HALF_UP));
		assertThat(chart.legend()).containsExactly("sales", "attitude", "conversion", "response", "closure");
	}

	private static Segment segment(String name, String weight, String points) {
		return new Segment(name, new BigDecimal(weight), new BigDecimal(points));
	}

	/** A month with full marks but on receptions. */
	private static AgentMonth month(long agent, SkillGroup group, long receptions) {
		return new AgentMonth(AgentId.of(agent), group, receptions, new BigDecimal("50000"), new BigDecimal("50000"),
				new BigDecimal("0.60"), new BigDecimal("12"), 0, 0, null, false, BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.ZERO, BigDecimal.ZERO, new CaseClosure(10, 10), BigDecimal.ZERO);
	}

}
