package io.kefu.bench;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.kefu.access.Role;
import io.kefu.analytics.Figures;
import io.kefu.appraisal.AgentInputs;
import io.kefu.appraisal.Appraisals;
import io.kefu.appraisal.MonthInputs;
import io.kefu.appraisal.SheetEntry;
import io.kefu.appraisal.TypingResult;
import io.kefu.shop.NewShop;
import io.kefu.shop.Platform;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentDraft;
import io.kefu.staff.AgentId;
import io.kefu.staff.Certification;
import io.kefu.staff.SkillGroup;
import io.kefu.staff.Staff;

/**
 * {@code bench appraisal}: a new shop of N agents (200 by default) with the month's
 * inputs and two sheet lines each, appraised again and again, beside reading the same
 * month's figures alone — the part of the appraisal that is not its own.
 */
public class AppraisalBench {

	/** What one run measured: the median and worst of the repeats, in seconds. */
	public record Result(int agents, double appraiseMedian, double appraiseWorst, double figuresMedian) {

		public double ratio() {
			return appraiseMedian / figuresMedian;
		}

	}

	private static final int REPEATS = 21;

	private final Shops shops;

	private final Staff staff;

	private final Appraisals appraisals;

	private final Figures figures;

	private final Clock clock;

	AppraisalBench(Shops shops, Staff staff, Appraisals appraisals, Figures figures, Clock clock) {
		this.shops = shops;
		this.staff = staff;
		this.appraisals = appraisals;
		this.figures = figures;
		this.clock = clock;
	}

	public Result run(int count) {
		Instant now = clock.instant();
		Shop shop = shops.open(NewShop.of("考核基准店" + now.toEpochMilli(), Platform.TMALL));
		YearMonth month = YearMonth.from(shop.businessDay(now));
		Map<AgentId, AgentInputs> inputs = new HashMap<>();
		for (int i = 0; i < count; i++) {
			SkillGroup group = i % 4 == 0 ? SkillGroup.AFTER_SALES : SkillGroup.PRE_SALES;
			Agent agent = staff.hire(shop.id(),
					new AgentDraft("客服" + i, "客服" + i,
							Set.of(group == SkillGroup.PRE_SALES ? Role.PRE_SALES : Role.AFTER_SALES), group,
							Certification.CERTIFIED, null, true),
					Optional.empty());
			inputs.put(agent.id(),
					new AgentInputs(new BigDecimal(50_000 + 100 * i), new BigDecimal("3000"),
							new BigDecimal(100 * (i % 3)), new TypingResult(80 + i % 50, new BigDecimal("0.92")), i % 3,
							i % 30, group == SkillGroup.AFTER_SALES ? new BigDecimal("1500") : BigDecimal.ZERO));
		}
		appraisals.changeInputs(shop.id(), month,
				new MonthInputs(new BigDecimal("0.01"), new BigDecimal("100"), inputs));
		for (AgentId agent : inputs.keySet()) {
			appraisals.addSheetEntry(shop.id(), month,
					new SheetEntry(0, agent, month.atDay(3), new BigDecimal("-10"), BigDecimal.ZERO, "迟到", null, now));
			appraisals.addSheetEntry(shop.id(), month,
					new SheetEntry(0, agent, month.atDay(9), BigDecimal.ZERO, new BigDecimal("-2"), "扣绩效分", null, now));
		}
		double[] appraise = new double[REPEATS];
		double[] read = new double[REPEATS];
		for (int i = 0; i < REPEATS; i++) {
			long start = System.nanoTime();
			figures.team(shop.id(), month.atDay(1), month.atEndOfMonth(), null);
			read[i] = (System.nanoTime() - start) / 1e9;
			start = System.nanoTime();
			if (appraisals.appraise(shop.id(), month).agents().size() != count) {
				throw new IllegalStateException("Not every agent was appraised");
			}
			appraise[i] = (System.nanoTime() - start) / 1e9;
		}
		Arrays.sort(appraise);
		Arrays.sort(read);
		return new Result(count, appraise[REPEATS / 2], appraise[REPEATS - 1], read[REPEATS / 2]);
	}

}
