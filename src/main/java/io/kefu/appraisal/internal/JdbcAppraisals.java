package io.kefu.appraisal.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.kefu.analytics.AgentFigures;
import io.kefu.analytics.Figures;
import io.kefu.analytics.TeamFigures;
import io.kefu.appraisal.AgentInputs;
import io.kefu.appraisal.CaseClosure;
import io.kefu.appraisal.AgentMonth;
import io.kefu.appraisal.AppraisalRules;
import io.kefu.appraisal.CheatingRecord;
import io.kefu.appraisal.Appraisals;
import io.kefu.appraisal.MonthAppraisal;
import io.kefu.appraisal.MonthAppraiser;
import io.kefu.appraisal.MonthEvent;
import io.kefu.appraisal.MonthInputs;
import io.kefu.appraisal.MonthStatus;
import io.kefu.appraisal.SheetEntry;
import io.kefu.appraisal.TypingResult;
import io.kefu.followup.AfterSalesCases;
import io.kefu.followup.Followups;
import io.kefu.quality.BuyerFeedback;
import io.kefu.quality.BuyerFeedbacks;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.training.TypingAttempt;
import io.kefu.training.TypingResults;
import io.kefu.training.TypingScore;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appraisals from the figures of analytics and the inputs in PostgreSQL. The month's
 * figures are read once for the whole team, so a month of 200 agents is one figures read
 * and one calculation.
 */
@Repository
@Transactional(readOnly = true)
class JdbcAppraisals implements Appraisals {

	private final JdbcClient jdbc;

	private final Figures figures;

	private final Staff staff;

	private final AppraisalMonths months;

	private final AppraisalSheets sheets;

	private final BuyerFeedbacks feedback;

	private final Followups followups;

	private final Clock clock;

	private final TypingResults typingTests;

	private final Shops shops;

	JdbcAppraisals(JdbcClient jdbc, Figures figures, Staff staff, AppraisalMonths months, AppraisalSheets sheets,
			BuyerFeedbacks feedback, Followups followups, Clock clock, TypingResults typingTests, Shops shops) {
		this.typingTests = typingTests;
		this.shops = shops;
		this.feedback = feedback;
		this.followups = followups;
		this.clock = clock;
		this.months = months;
		this.sheets = sheets;
		this.jdbc = jdbc;
		this.figures = figures;
		this.staff = staff;
	}

	@Override
	public MonthInputs inputs(ShopId shop, YearMonth month) {
		LocalDate first = month.atDay(1);
		Map<AgentId, AgentInputs> agents = new HashMap<>();
		jdbc.sql("""
				select agent_id, sales_target, base_pay, level_reward, typing_cpm, typing_accuracy, low_ratings,
				       named_reviews, performance_pay
				from appraisal_input where shop_id = ? and month = ?
				""").params(shop.value(), first).query(row -> {
			agents.put(AgentId.of(row.getLong(1)), agentInputs(row));
		});
		return jdbc.sql("select commission_rate, bonus_amount from appraisal_month where shop_id = ? and month = ?")
			.params(shop.value(), first)
			.query((row, n) -> new MonthInputs(row.getBigDecimal(1), row.getBigDecimal(2), agents))
			.optional()
			.orElse(new MonthInputs(MonthInputs.DEFAULTS.commissionRate(), MonthInputs.DEFAULTS.bonusAmount(), agents));
	}

	@Override
	@Transactional
	public MonthInputs changeInputs(ShopId shop, YearMonth month, MonthInputs inputs) {
		LocalDate first = month.atDay(1);
		months.lockOpen(shop, month);
		jdbc.sql("update appraisal_month set commission_rate = ?, bonus_amount = ? where shop_id = ? and month = ?")
			.params(inputs.commissionRate(), inputs.bonusAmount(), shop.value(), first)
			.update();
		inputs.agents().forEach((agent, given) -> {
			TypingResult typing = given.typing();
			jdbc.sql("""
					insert into appraisal_input (shop_id, month, agent_id, sales_target, base_pay, level_reward,
					    typing_cpm, typing_accuracy, low_ratings, named_reviews, performance_pay)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (shop_id, month, agent_id) do update
					set sales_target = excluded.sales_target, base_pay = excluded.base_pay,
					    level_reward = excluded.level_reward, typing_cpm = excluded.typing_cpm,
					    typing_accuracy = excluded.typing_accuracy, low_ratings = excluded.low_ratings,
					    named_reviews = excluded.named_reviews, performance_pay = excluded.performance_pay
					""")
				.params(shop.value(), first, agent.value(), given.salesTarget(), given.basePay(), given.levelReward(),
						typing == null ? null : typing.charactersPerMinute(), typing == null ? null : typing.accuracy(),
						given.lowRatings(), given.namedReviews(), given.performancePay())
				.update();
		});
		return inputs(shop, month);
	}

	@Override
	public MonthAppraisal appraise(ShopId shop, YearMonth month) {
		MonthInputs inputs = inputs(shop, month);
		TeamFigures team = figures.team(shop, month.atDay(1), month.atEndOfMonth(), null);
		Map<AgentId, AgentFigures> byAgent = team.agents()
			.stream()
			.filter(row -> row.agentId() != null)
			.collect(Collectors.toMap(AgentFigures::agentId, Function.identity(), (a, b) -> a));
		Map<AgentId, List<SheetEntry>> sheet = sheets.sheet(shop, month)
			.stream()
			.collect(Collectors.groupingBy(SheetEntry::agent));
		Set<AgentId> cheated = cheating(shop, month).stream().map(CheatingRecord::agent).collect(Collectors.toSet());
		Map<AgentId, Long> lowRatings = feedback.lowRatings(shop, month.atDay(1), month.atEndOfMonth(), null)
			.stream()
			.collect(Collectors.groupingBy(BuyerFeedback::agentId, Collectors.counting()));
		Map<AgentId, CaseClosure> cases = followups
			.afterSalesCases(shop, month.atDay(1), month.atEndOfMonth(), clock.instant())
			.stream()
			.collect(Collectors.toMap(AfterSalesCases::agent,
					counts -> new CaseClosure(counts.cases(), counts.closedInTime())));
		Map<AgentId, TypingAttempt> tested = typingTests.bestOf(shop, month);
		List<AgentMonth> agents = staff.inShop(shop)
			.stream()
			.filter(agent -> agent.skillGroup() != null)
			.map(agent -> monthOf(agent, byAgent.get(agent.id()),
					withTyping(inputs.of(agent.id()), tested.get(agent.id())),
					new Recorded(lowRatings.getOrDefault(agent.id(), 0L).intValue(),
							cases.getOrDefault(agent.id(), CaseClosure.NONE), cheated.contains(agent.id())),
					sheet.getOrDefault(agent.id(), List.of())))
			.toList();
		AppraisalRules rules = AppraisalRules.DEFAULTS.paying(inputs.commissionRate(), inputs.bonusAmount());
		return new MonthAppraisal(month, months.status(shop, month), team.stale(),
				new MonthAppraiser(rules).appraise(agents));
	}

	@Override
	public MonthStatus status(ShopId shop, YearMonth month) {
		return months.status(shop, month);
	}

	@Override
	public List<SheetEntry> sheet(ShopId shop, YearMonth month) {
		return sheets.sheet(shop, month);
	}

	@Override
	@Transactional
	public SheetEntry addSheetEntry(ShopId shop, YearMonth month, SheetEntry entry) {
		requireIn(month, entry.day());
		months.lockOpen(shop, month);
		return sheets.add(shop, month, entry);
	}

	@Override
	@Transactional
	public boolean removeSheetEntry(ShopId shop, YearMonth month, long id) {
		months.lockOpen(shop, month);
		return sheets.remove(shop, month, id);
	}

	/**
	 * The cheating recorded by hand and every voided typing test of the month, the latter
	 * recorded by nobody and numbered with the test's id negated, so that it is told
	 * apart from a stored record.
	 */
	@Override
	public List<CheatingRecord> cheating(ShopId shop, YearMonth month) {
		List<TypingAttempt> voided = typingTests.voidedIn(shop, month);
		if (voided.isEmpty()) {
			return sheets.cheating(shop, month);
		}
		Shop known = shops.get(shop);
		return Stream.concat(sheets.cheating(shop, month).stream(), voided.stream().map(attempt -> {
			Instant at = Objects.requireNonNull(attempt.submittedAt());
			return new CheatingRecord(-attempt.id(), attempt.agent(), known.businessDay(at),
					"打字测试粘贴/异常输入 (test #" + attempt.id() + ")", null, at);
		})).toList();
	}

	@Override
	@Transactional
	public CheatingRecord recordCheating(ShopId shop, YearMonth month, CheatingRecord record) {
		requireIn(month, record.day());
		months.lockOpen(shop, month);
		return sheets.record(shop, month, record);
	}

	@Override
	@Transactional
	public MonthStatus advance(ShopId shop, YearMonth month, MonthEvent event) {
		return months.advance(shop, month, event);
	}

	@Override
	public List<MonthEvent> events(ShopId shop, YearMonth month) {
		return months.events(shop, month);
	}

	/**
	 * The inputs with the better of the hand-given typing figure and Kefu's best test of
	 * the month: one at the bonus accuracy beats one below it, then the faster.
	 */
	private static AgentInputs withTyping(AgentInputs given, @Nullable TypingAttempt tested) {
		TypingScore score = tested == null ? null : tested.score();
		if (score == null) {
			return given;
		}
		TypingResult fromTest = new TypingResult(score.charsPerMinute(), score.accuracy());
		TypingResult best = given.typing() == null || BETTER_TYPING.compare(fromTest, given.typing()) > 0 ? fromTest
				: given.typing();
		return new AgentInputs(given.salesTarget(), given.basePay(), given.levelReward(), best, given.lowRatings(),
				given.namedReviews(), given.performancePay());
	}

	private static final Comparator<TypingResult> BETTER_TYPING = Comparator.comparing(
			(TypingResult result) -> result.accuracy().compareTo(AppraisalRules.DEFAULTS.typingBonusAccuracy()) >= 0)
		.thenComparingInt(TypingResult::charactersPerMinute)
		.thenComparing(TypingResult::accuracy);

	private static void requireIn(YearMonth month, LocalDate day) {
		if (!YearMonth.from(day).equals(month)) {
			throw new IllegalArgumentException("day: " + day + " is not in " + month);
		}
	}

	/**
	 * What other modules recorded of an agent's month: quality's low ratings, the
	 * after-sales cases of follow-ups, and whether cheating was recorded.
	 */
	private record Recorded(int lowRatings, CaseClosure cases, boolean cheated) {
	}

	/**
	 * The agent's month; the low ratings quality recorded and those the supervisor gave
	 * by hand add up.
	 */
	private static AgentMonth monthOf(Agent agent, @Nullable AgentFigures row, AgentInputs given, Recorded recorded,
			List<SheetEntry> sheet) {
		return new AgentMonth(agent.id(), agent.skillGroup(), row == null ? 0 : row.receptions(),
				row == null ? BigDecimal.ZERO : row.effectiveSales(), given.salesTarget(),
				row == null || row.inquiryConversion() == null ? null : BigDecimal.valueOf(row.inquiryConversion()),
				row == null || row.avgResponseSeconds() == null ? null : BigDecimal.valueOf(row.avgResponseSeconds()),
				recorded.lowRatings() + given.lowRatings(), given.namedReviews(), given.typing(), recorded.cheated(),
				given.basePay(), given.levelReward(),
				sheet.stream().map(SheetEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
				sheet.stream().map(SheetEntry::kpiPoints).reduce(BigDecimal.ZERO, BigDecimal::add), recorded.cases(),
				given.performancePay());
	}

	private static AgentInputs agentInputs(ResultSet row) throws SQLException {
		Integer cpm = row.getObject(5, Integer.class);
		return new AgentInputs(row.getBigDecimal(2), row.getBigDecimal(3), row.getBigDecimal(4),
				cpm == null ? null : new TypingResult(cpm, row.getBigDecimal(6)), row.getInt(7), row.getInt(8),
				row.getBigDecimal(9));
	}

}
