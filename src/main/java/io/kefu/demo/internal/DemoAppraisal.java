package io.kefu.demo.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kefu.access.Role;
import io.kefu.appraisal.AgentInputs;
import io.kefu.appraisal.Appraisals;
import io.kefu.appraisal.CheatingRecord;
import io.kefu.appraisal.MonthEvent;
import io.kefu.appraisal.MonthInputs;
import io.kefu.appraisal.SheetEntry;
import io.kefu.appraisal.TypingResult;
import io.kefu.shop.Shop;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;
import io.kefu.staff.Staff;

import org.springframework.stereotype.Component;

/**
 * The demo's appraisals: last month's inputs and reward/penalty sheet given, submitted by
 * the supervisor and approved by the owner; this month's inputs given and its sheet
 * begun.
 */
@Component
class DemoAppraisal {

	private static final BigDecimal PRE_SALES_TARGET = new BigDecimal("60000");

	private final Appraisals appraisals;

	private final Staff staff;

	DemoAppraisal(Appraisals appraisals, Staff staff) {
		this.appraisals = appraisals;
		this.staff = staff;
	}

	void appraise(Shop shop, Instant now) {
		List<Agent> agents = staff.inShop(shop.id());
		Agent supervisor = withRole(agents, Role.SUPERVISOR);
		Agent owner = withRole(agents, Role.OWNER);
		YearMonth thisMonth = YearMonth.from(shop.businessDay(now));
		YearMonth lastMonth = thisMonth.minusMonths(1);
		appraisals.changeInputs(shop.id(), lastMonth, inputs(agents, 0));
		entry(shop, lastMonth, agents, "xiaoyu", 9, "-10", "0", "迟到 10 分钟", supervisor, now);
		entry(shop, lastMonth, agents, "xiaoqing", 18, "50", "0", "买家点名表扬", supervisor, now);
		entry(shop, lastMonth, agents, "xiaoyue", 22, "0", "-5", "上班时间玩手机", supervisor, now);
		appraisals.advance(shop.id(), lastMonth,
				new MonthEvent(MonthEvent.Action.SUBMITTED, supervisor.id(), now.minusSeconds(3 * 86_400), null));
		appraisals.advance(shop.id(), lastMonth,
				new MonthEvent(MonthEvent.Action.APPROVED, owner.id(), now.minusSeconds(2 * 86_400), null));
		appraisals.changeInputs(shop.id(), thisMonth, inputs(agents, 2));
		entry(shop, thisMonth, agents, "xiaomei", 1, "-30", "0", "未按规范备注订单", supervisor, now);
		Agent aning = byUsername(agents, "aning");
		appraisals.recordCheating(shop.id(), thisMonth,
				new CheatingRecord(0, aning.id(), thisMonth.atDay(1), "在闪人数10人以下而自动回复", supervisor.id(), now));
	}

	/** Targets and pay by group, typing tests and reviews varied a little per month. */
	private static MonthInputs inputs(List<Agent> agents, int shift) {
		Map<AgentId, AgentInputs> given = new HashMap<>();
		int i = shift;
		for (Agent agent : agents) {
			if (agent.skillGroup() == null) {
				continue;
			}
			boolean preSales = agent.skillGroup() == SkillGroup.PRE_SALES;
			BigDecimal target = preSales ? (agent.isTrainee() ? new BigDecimal("20000") : PRE_SALES_TARGET)
					: BigDecimal.ZERO;
			BigDecimal base = agent.isTrainee() ? new BigDecimal("2200")
					: preSales ? new BigDecimal("3000") : new BigDecimal("2800");
			BigDecimal level = agent.isTrainee() ? BigDecimal.ZERO : new BigDecimal(100 * (1 + i % 3));
			TypingResult typing = new TypingResult(80 + (i * 13) % 50,
					new BigDecimal("0.88").add(new BigDecimal(i % 4).multiply(new BigDecimal("0.03"))));
			// after-sales agents earn 绩效 (seed 000 第四章) where pre-sales agents earn
			// commission
			BigDecimal performance = preSales || agent.isTrainee() ? BigDecimal.ZERO : new BigDecimal("1500");
			given.put(agent.id(),
					new AgentInputs(target, base, level, typing, i % 5 == 3 ? 1 : 0, 8 + (i * 7) % 20, performance));
			i++;
		}
		return new MonthInputs(new BigDecimal("0.01"), new BigDecimal("100"), given);
	}

	private void entry(Shop shop, YearMonth month, List<Agent> agents, String username, int day, String amount,
			String points, String reason, Agent supervisor, Instant now) {
		appraisals.addSheetEntry(shop.id(), month,
				new SheetEntry(0, byUsername(agents, username).id(), month.atDay(Math.min(day, month.lengthOfMonth())),
						new BigDecimal(amount), new BigDecimal(points), reason, supervisor.id(), now));
	}

	private static Agent withRole(List<Agent> agents, Role role) {
		return agents.stream().filter(agent -> agent.roles().contains(role)).findFirst().orElseThrow();
	}

	private static Agent byUsername(List<Agent> agents, String username) {
		return agents.stream().filter(agent -> username.equals(agent.username())).findFirst().orElseThrow();
	}

}
