package io.kefu.appraisal;

import java.math.BigDecimal;

import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;

/**
 * A pre-sales agent's month that earns full marks on every component and meets every bar,
 * to be spoilt one figure at a time.
 */
final class AgentMonthBuilder {

	private long agent = 1;

	private SkillGroup group = SkillGroup.PRE_SALES;

	private long receptions = 300;

	private BigDecimal effectiveSales = new BigDecimal("50000.00");

	private BigDecimal salesTarget = new BigDecimal("50000.00");

	private @Nullable BigDecimal conversion = new BigDecimal("0.60");

	private @Nullable BigDecimal response = new BigDecimal("12");

	private int lowRatings;

	private int namedReviews = 25;

	private @Nullable TypingResult typing = new TypingResult(120, new BigDecimal("0.95"));

	private boolean cheating;

	private BigDecimal basePay = new BigDecimal("3000.00");

	private BigDecimal levelReward = BigDecimal.ZERO;

	private BigDecimal sheet = BigDecimal.ZERO;

	private BigDecimal kpiAdjustment = BigDecimal.ZERO;

	private CaseClosure cases = CaseClosure.NONE;

	private BigDecimal performancePay = BigDecimal.ZERO;

	static AgentMonthBuilder anAgent(long id) {
		AgentMonthBuilder builder = new AgentMonthBuilder();
		builder.agent = id;
		return builder;
	}

	/**
	 * An after-sales agent's month that earns full marks on every component of their KPI:
	 * every case closed in time, 1,500 yuan of 绩效 at KPI 100, no sales.
	 */
	static AgentMonthBuilder anAfterSalesAgent(long id) {
		AgentMonthBuilder builder = anAgent(id);
		builder.group = SkillGroup.AFTER_SALES;
		builder.effectiveSales = BigDecimal.ZERO;
		builder.salesTarget = BigDecimal.ZERO;
		builder.conversion = null;
		builder.basePay = new BigDecimal("2800.00");
		builder.cases = new CaseClosure(40, 40);
		builder.performancePay = new BigDecimal("1500.00");
		return builder;
	}

	AgentMonthBuilder cases(long cases, long closedInTime) {
		this.cases = new CaseClosure(cases, closedInTime);
		return this;
	}

	AgentMonthBuilder performancePay(String amount) {
		this.performancePay = new BigDecimal(amount);
		return this;
	}

	AgentMonthBuilder receptions(long value) {
		this.receptions = value;
		return this;
	}

	AgentMonthBuilder sales(String effective, String target) {
		this.effectiveSales = new BigDecimal(effective);
		this.salesTarget = new BigDecimal(target);
		return this;
	}

	AgentMonthBuilder conversion(@Nullable String value) {
		this.conversion = value == null ? null : new BigDecimal(value);
		return this;
	}

	AgentMonthBuilder response(@Nullable String seconds) {
		this.response = seconds == null ? null : new BigDecimal(seconds);
		return this;
	}

	AgentMonthBuilder lowRatings(int value) {
		this.lowRatings = value;
		return this;
	}

	AgentMonthBuilder namedReviews(int value) {
		this.namedReviews = value;
		return this;
	}

	AgentMonthBuilder typing(@Nullable TypingResult value) {
		this.typing = value;
		return this;
	}

	AgentMonthBuilder cheating() {
		this.cheating = true;
		return this;
	}

	AgentMonthBuilder pay(String base, String level, String sheetAmount) {
		this.basePay = new BigDecimal(base);
		this.levelReward = new BigDecimal(level);
		this.sheet = new BigDecimal(sheetAmount);
		return this;
	}

	AgentMonthBuilder kpiAdjustment(String points) {
		this.kpiAdjustment = new BigDecimal(points);
		return this;
	}

	AgentMonth build() {
		return new AgentMonth(AgentId.of(agent), group, receptions, effectiveSales, salesTarget, conversion, response,
				lowRatings, namedReviews, typing, cheating, basePay, levelReward, sheet, kpiAdjustment, cases,
				performancePay);
	}

}
