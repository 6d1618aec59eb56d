package io.kefu.appraisal;

import java.math.BigDecimal;
import java.util.List;

import io.kefu.appraisal.IndicatorBonus.Kind;
import io.kefu.appraisal.IndicatorBonus.Reason;
import io.kefu.appraisal.IndicatorBonus.Status;

import org.junit.jupiter.api.Test;

import static io.kefu.appraisal.AgentMonthBuilder.anAfterSalesAgent;
import static io.kefu.appraisal.AgentMonthBuilder.anAgent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MonthAppraiserUnitTests {

	private static final MonthAppraiser APPRAISER = new MonthAppraiser(AppraisalRules.DEFAULTS);

	private static AgentAppraisal alone(AgentMonthBuilder agent) {
		return APPRAISER.appraise(List.of(agent.build())).get(0);
	}

	private static IndicatorBonus bonus(AgentAppraisal appraisal, Kind kind) {
		return appraisal.bonuses().stream().filter(bonus -> bonus.kind() == kind).findFirst().orElseThrow();
	}

	private static void assertPoints(BigDecimal actual, String expected) {
		assertThat(actual).isEqualByComparingTo(expected);
	}

	@Test
	void paysAWorkedMonthExactlyAsDomainWritesIt() {
		AgentAppraisal month = alone(
				anAgent(1).lowRatings(1).conversion("0.45").response("20").pay("3000.00", "200.00", "-30.00"));

		assertPoints(month.components().sales(), "100");
		assertPoints(month.components().attitude(), "80");
		assertPoints(month.components().conversion(), "90");
		assertThat(month.components().response()).isEqualByComparingTo("88.8888888889");
		// 30 + 24 + 27 + 8.88888888889
		assertThat(month.kpi()).isEqualByComparingTo("89.88888888889");
		// 50000 × 1% × (50% + 50% × 89.888…%) = 474.7222…
		assertThat(month.pay().commission()).isEqualTo(new BigDecimal("474.72"));
		assertThat(month.pay().bonuses()).as("only typing: a low rating rules the reviews bonus out")
			.isEqualTo(new BigDecimal("100.00"));
		assertThat(bonus(month, Kind.REVIEWS).reason()).isEqualTo(Reason.LOW_RATING);
		assertThat(month.pay().total()).isEqualTo(new BigDecimal("3744.72"));
	}

	@Test
	void receptionsTenBelowTheGroupCostNothingTwentyBelowFivePointsThirtyBelowTen() {
		BigDecimal average = new BigDecimal("100");

		assertPoints(APPRAISER.volumePenalty(90, average), "0");
		assertPoints(APPRAISER.volumePenalty(89, average), "5");
		assertPoints(APPRAISER.volumePenalty(80, average), "5");
		assertPoints(APPRAISER.volumePenalty(79, average), "10");
		assertPoints(APPRAISER.volumePenalty(70, average), "10");
		assertPoints(APPRAISER.volumePenalty(69, average), "15");
		assertPoints(APPRAISER.volumePenalty(150, average), "0");
	}

	@Test
	void aFractionalGroupAverageCountsAnyPartOfAStep() {
		assertPoints(APPRAISER.volumePenalty(90, new BigDecimal("100.5")), "5");
	}

	@Test
	void conversionOfExactlyFiftyPercentEarnsFullMarksAndTheBonus() {
		AgentAppraisal exactly = alone(anAgent(1).conversion("0.50"));
		AgentAppraisal under = alone(anAgent(1).conversion("0.4999"));

		assertPoints(exactly.components().conversion(), "100");
		assertThat(bonus(exactly, Kind.CONVERSION).status()).isEqualTo(Status.MET);
		assertThat(bonus(under, Kind.CONVERSION).status()).isEqualTo(Status.NOT_MET);
		assertThat(bonus(under, Kind.CONVERSION).reason()).isEqualTo(Reason.BELOW_BAR);
		assertPoints(under.components().conversion(), "99.98");
	}

	@Test
	void responseIsFullAtFifteenSecondsHalfAtThirtySevenAndAHalfAndNothingAtSixty() {
		AgentAppraisal fifteen = alone(anAgent(1).response("15"));

		assertPoints(fifteen.components().response(), "100");
		assertThat(bonus(fifteen, Kind.RESPONSE).status()).isEqualTo(Status.MET);
		assertPoints(alone(anAgent(1).response("37.5")).components().response(), "50");
		assertPoints(alone(anAgent(1).response("60")).components().response(), "0");
		assertPoints(alone(anAgent(1).response("90")).components().response(), "0");
		assertThat(bonus(alone(anAgent(1).response("15.01")), Kind.RESPONSE).status()).isEqualTo(Status.NOT_MET);
	}

	@Test
	void aKpiEqualToTheGroupAveragePassesTheGate() {
		List<AgentAppraisal> group = APPRAISER.appraise(List.of(anAgent(1).build(), anAgent(2).build()));

		assertThat(group.get(0).kpi()).isEqualByComparingTo(group.get(0).groupKpi());
		assertThat(group.get(0).bonuses()).extracting(IndicatorBonus::status).containsOnly(Status.MET);
		assertThat(group.get(0).pay().bonuses()).isEqualTo(new BigDecimal("400.00"));
	}

	@Test
	void aKpiUnderTheGroupAverageHoldsBackTheBonusesItsFiguresEarned() {
		List<AgentAppraisal> group = APPRAISER
			.appraise(List.of(anAgent(1).lowRatings(0).build(), anAgent(2).sales("40000", "50000").build()));

		AgentAppraisal behind = group.get(1);
		assertThat(behind.kpi()).isLessThan(behind.groupKpi());
		assertThat(bonus(behind, Kind.CONVERSION).status()).isEqualTo(Status.GATED);
		assertThat(bonus(behind, Kind.CONVERSION).reason()).isEqualTo(Reason.KPI_GATE);
		assertThat(behind.pay().bonuses()).isEqualTo(new BigDecimal("0.00"));
	}

	@Test
	void receptionsMoreThanTenUnderTheGroupAverageHoldBackTheBonusesAndCostPoints() {
		List<AgentAppraisal> group = APPRAISER.appraise(List.of(anAgent(1).receptions(300).build(),
				anAgent(2).receptions(300).build(), anAgent(3).receptions(284).build()));

		// the average is 294.67: 284 is 10.67 below
		AgentAppraisal few = group.get(2);
		assertPoints(few.volumePenalty(), "5");
		assertThat(bonus(few, Kind.TYPING).status()).isEqualTo(Status.GATED);
		assertThat(bonus(few, Kind.TYPING).reason()).isEqualTo(Reason.RECEPTIONS_GATE);
	}

	@Test
	void withoutASalesTargetTheSalesComponentHasFullMarks() {
		assertPoints(alone(anAgent(1).sales("1200", "0")).components().sales(), "100");
		assertPoints(alone(anAgent(1).sales("25000", "50000")).components().sales(), "50");
		assertPoints(alone(anAgent(1).sales("90000", "50000")).components().sales(), "100");
	}

	@Test
	void anAgentWithoutReceptionsHasNoConversionNoResponseAndNoBonusForThem() {
		List<AgentAppraisal> group = APPRAISER.appraise(List.of(anAgent(1).receptions(300).build(),
				anAgent(2).receptions(0).conversion(null).response(null).sales("0", "50000").typing(null).build()));

		AgentAppraisal idle = group.get(1);
		assertPoints(idle.components().conversion(), "0");
		assertPoints(idle.components().response(), "0");
		assertThat(bonus(idle, Kind.CONVERSION).reason()).isEqualTo(Reason.NO_FIGURE);
		assertThat(bonus(idle, Kind.TYPING).reason()).isEqualTo(Reason.NO_FIGURE);
		// 150 below the average of 150: 5 × ⌈140 ÷ 10⌉ = 70 points, more than its 30
		assertPoints(idle.volumePenalty(), "70");
		assertPoints(idle.kpi(), "0");
		assertThat(idle.pay().commission()).isEqualTo(new BigDecimal("0.00"));
		assertThat(idle.pay().total()).isEqualTo(new BigDecimal("3000.00"));
	}

	@Test
	void cheatingVoidsEveryBonusOfTheMonth() {
		AgentAppraisal voided = alone(anAgent(1).cheating());

		assertThat(voided.bonuses()).extracting(IndicatorBonus::status).containsOnly(Status.VOIDED);
		assertThat(voided.bonuses()).extracting(IndicatorBonus::reason).containsOnly(Reason.CHEATING);
		assertThat(voided.pay().bonuses()).isEqualTo(new BigDecimal("0.00"));
		assertThat(voided.kpi()).as("cheating voids bonuses, not the KPI").isEqualByComparingTo("100");
	}

	@Test
	void amountsAreRoundedHalfUpToTheFenOnceAtTheEnd() {
		// KPI 100: 1000.50 × 1% × 100% = 10.005
		AgentAppraisal month = alone(anAgent(1).sales("1000.50", "0").pay("3000.00", "0", "0"));

		assertThat(month.pay().commission()).isEqualTo(new BigDecimal("10.01"));
		assertThat(month.pay().total()).isEqualTo(new BigDecimal("3410.01"));
	}

	@Test
	void refundsOutweighingSalesEarnNoCommissionRatherThanADeduction() {
		AgentAppraisal month = alone(anAgent(1).sales("-800.00", "50000"));

		assertPoints(month.components().sales(), "0");
		assertThat(month.pay().commission()).isEqualTo(new BigDecimal("0.00"));
	}

	@Test
	void theSheetsKpiPointsMoveTheKpiWithinZeroToHundred() {
		assertPoints(alone(anAgent(1).kpiAdjustment("-12.5")).kpi(), "87.5");
		assertPoints(alone(anAgent(1).kpiAdjustment("10")).kpi(), "100");
		assertPoints(alone(anAgent(1).lowRatings(5).kpiAdjustment("-200")).kpi(), "0");
	}

	@Test
	void eachGroupIsMeasuredAgainstItsOwnAverages() {
		AgentMonth preSales = anAgent(1).receptions(300).build();
		AgentMonth afterSales = anAfterSalesAgent(2).receptions(40).build();

		List<AgentAppraisal> both = APPRAISER.appraise(List.of(preSales, afterSales));

		assertPoints(both.get(1).groupReceptions(), "40");
		assertPoints(both.get(1).volumePenalty(), "0");
	}

	@Test
	void anAfterSalesAgentIsScoredOnAttitudeResponseAndCaseClosure() {
		AgentAppraisal month = alone(anAfterSalesAgent(1).lowRatings(1).cases(40, 30));

		assertThat(month.components().sales()).isNull();
		assertThat(month.components().conversion()).isNull();
		assertPoints(month.components().attitude(), "80");
		assertPoints(month.components().response(), "100");
		assertPoints(month.components().closure(), "75");
		// 40% × 80 + 30% × 100 + 30% × 75
		assertPoints(month.kpi(), "84.5");
		assertThat(alone(anAgent(1).cases(40, 30)).components().closure()).isNull();
	}

	@Test
	void anAfterSalesAgentWithoutCasesHasNoClosureMarks() {
		AgentAppraisal month = alone(anAfterSalesAgent(1).cases(0, 0));

		assertPoints(month.components().closure(), "0");
		assertPoints(month.kpi(), "70");
	}

	@Test
	void closureForFullMarksBelowAllCasesCapsTheComponentAtHundred() {
		AppraisalRules lenient = new AppraisalRules(AppraisalRules.DEFAULTS.salesWeight(),
				AppraisalRules.DEFAULTS.attitudeWeight(), AppraisalRules.DEFAULTS.conversionWeight(),
				AppraisalRules.DEFAULTS.responseWeight(), AppraisalRules.DEFAULTS.pointsPerLowRating(),
				AppraisalRules.DEFAULTS.conversionForFullMarks(), AppraisalRules.DEFAULTS.responseFullMarksSeconds(),
				AppraisalRules.DEFAULTS.responseZeroSeconds(), AppraisalRules.DEFAULTS.receptionsAllowance(),
				AppraisalRules.DEFAULTS.receptionsStep(), AppraisalRules.DEFAULTS.pointsPerStep(),
				AppraisalRules.DEFAULTS.bonusAmount(), AppraisalRules.DEFAULTS.conversionBonusAt(),
				AppraisalRules.DEFAULTS.responseBonusSeconds(), AppraisalRules.DEFAULTS.typingBonusSpeed(),
				AppraisalRules.DEFAULTS.typingBonusAccuracy(), AppraisalRules.DEFAULTS.reviewsBonusNamed(),
				AppraisalRules.DEFAULTS.commissionRate(), new AfterSalesRules(new BigDecimal("0.40"),
						new BigDecimal("0.30"), new BigDecimal("0.30"), new BigDecimal("0.80")));
		MonthAppraiser appraiser = new MonthAppraiser(lenient);

		assertPoints(
				appraiser.appraise(List.of(anAfterSalesAgent(1).cases(10, 8).build())).get(0).components().closure(),
				"100");
		assertPoints(
				appraiser.appraise(List.of(anAfterSalesAgent(1).cases(10, 6).build())).get(0).components().closure(),
				"75");
	}

	@Test
	void anAfterSalesAgentEarnsPerformancePayTimesKpiInsteadOfCommission() {
		// KPI 92.5 (closure 75): 1,000.01 × 92.5% = 925.00925, rounded half-up once
		AgentAppraisal month = alone(
				anAfterSalesAgent(1).cases(40, 30).lowRatings(0).performancePay("1000.01").sales("10000", "0"));

		assertPoints(month.kpi(), "92.5");
		assertThat(month.pay().performance()).isEqualTo(new BigDecimal("925.01"));
		assertThat(month.pay().commission()).isEqualTo(new BigDecimal("0.00"));
		assertThat(month.pay().total()).isEqualTo(new BigDecimal("4025.01"));
	}

	@Test
	void anAfterSalesAgentHasNoConversionBonus() {
		AgentAppraisal month = alone(anAfterSalesAgent(1));

		assertThat(month.bonuses()).extracting(IndicatorBonus::kind)
			.containsExactly(Kind.RESPONSE, Kind.TYPING, Kind.REVIEWS);
		assertThat(month.bonuses()).allMatch(bonus -> bonus.status() == IndicatorBonus.Status.MET);
		// 2,800 base + 1,500 绩效 at KPI 100 + three bonuses
		assertThat(month.pay().total()).isEqualTo(new BigDecimal("4600.00"));
		assertThat(alone(anAgent(1)).pay().performance()).isEqualTo(new BigDecimal("0.00"));
	}

	@Test
	void afterSalesWeightsThatDoNotAddUpAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AfterSalesRules(new BigDecimal("0.40"),
				new BigDecimal("0.40"), new BigDecimal("0.30"), BigDecimal.ONE));
		assertThatIllegalArgumentException().isThrownBy(() -> new AfterSalesRules(new BigDecimal("0.40"),
				new BigDecimal("0.30"), new BigDecimal("0.30"), new BigDecimal("1.5")));
	}

	@Test
	void rulesWhoseWeightsDoNotAddUpAreRefused() {
		AppraisalRules d = AppraisalRules.DEFAULTS;
		assertThatIllegalArgumentException().isThrownBy(() -> new AppraisalRules(new BigDecimal("0.40"),
				d.attitudeWeight(), d.conversionWeight(), d.responseWeight(), d.pointsPerLowRating(),
				d.conversionForFullMarks(), d.responseFullMarksSeconds(), d.responseZeroSeconds(),
				d.receptionsAllowance(), d.receptionsStep(), d.pointsPerStep(), d.bonusAmount(), d.conversionBonusAt(),
				d.responseBonusSeconds(), d.typingBonusSpeed(), d.typingBonusAccuracy(), d.reviewsBonusNamed(),
				d.commissionRate(), d.afterSales()));
	}

}
