package io.kefu.demo.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.kefu.access.Role;
import io.kefu.shop.Shop;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.workforce.RosterSettings;
import io.kefu.workforce.RosterSheet;
import io.kefu.workforce.Rosters;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's rosters: last month's published, as the department worked it; this month's
 * draft filled in by the same rule, around a few requested days off and 阿杰's approved
 * leave, for the supervisor to improve with 排班 and publish; 小月's leave request waiting
 * for the supervisor. A month that already has a roster is left as it is.
 */
@Component
class DemoRoster {

	/** The approved leave: 阿杰, two days in the middle of this month. */
	private static final String ON_LEAVE = "ajie";

	private static final int LEAVE_DAY = 12;

	/** The leave waiting for approval: 小月, two days from ten days ahead. */
	private static final String ASKING_LEAVE = "xiaoyue";

	/** Days off asked for this month: agent and day of the month. */
	private static final List<Map.Entry<String, Integer>> WISHES = List.of(Map.entry("xiaomei", 14),
			Map.entry("xiaoqing", 20), Map.entry("aning", 25));

	private final Rosters rosters;

	private final RosterSettings.Store settings;

	private final Staff staff;

	private final JdbcClient jdbc;

	DemoRoster(Rosters rosters, RosterSettings.Store settings, Staff staff, JdbcClient jdbc) {
		this.rosters = rosters;
		this.settings = settings;
		this.staff = staff;
		this.jdbc = jdbc;
	}

	void plan(Shop shop, Instant now) {
		LocalDate today = shop.businessDay(now);
		YearMonth thisMonth = YearMonth.from(today);
		YearMonth lastMonth = thisMonth.minusMonths(1);
		List<Agent> agents = staff.inShop(shop.id());
		AgentId supervisor = agents.stream()
			.filter((agent) -> agent.roles().contains(Role.SUPERVISOR))
			.findFirst()
			.orElseThrow()
			.id();
		RosterSettings rules = settings.of(shop.id());
		DemoRosterPlan plan = new DemoRosterPlan(rules.shifts(), rules.daysOff());
		List<RosterSheet.Member> members = rosters.draft(shop.id(), thisMonth).agents();

		if (rosters.published(shop.id(), lastMonth).status() == RosterSheet.Status.NONE) {
			rosters.pin(shop.id(), lastMonth, plan.month(lastMonth, workers(members, Set.of(), List.of())), supervisor);
			rosters.publish(shop.id(), lastMonth, supervisor);
		}
		if (rosters.draft(shop.id(), thisMonth).status() == RosterSheet.Status.NONE) {
			LocalDate leaveFrom = thisMonth.atDay(LEAVE_DAY);
			Set<LocalDate> leave = Set.of(leaveFrom, leaveFrom.plusDays(1));
			List<Map.Entry<String, LocalDate>> wishes = WISHES.stream()
				.map((wish) -> Map.entry(wish.getKey(), thisMonth.atDay(wish.getValue())))
				.toList();
			leave(shop, agents, ON_LEAVE, leaveFrom, leaveFrom.plusDays(1), "家里有事", true, supervisor, now);
			leave(shop, agents, ASKING_LEAVE, today.plusDays(10), today.plusDays(11), "回老家参加婚礼", false, supervisor,
					now);
			wishes.forEach((wish) -> wish(shop, agents, wish.getKey(), wish.getValue()));
			rosters.pin(shop.id(), thisMonth, plan.month(thisMonth, workers(members, leave, wishes)), supervisor);
		}
	}

	/**
	 * The roster's agents with the hours and weekly day off they work in the demo
	 * history.
	 */
	private static List<DemoRosterPlan.Worker> workers(List<RosterSheet.Member> members, Set<LocalDate> leave,
			List<Map.Entry<String, LocalDate>> wishes) {
		List<DemoRosterPlan.Worker> workers = new ArrayList<>();
		for (int i = 0; i < members.size(); i++) {
			RosterSheet.Member member = members.get(i);
			DemoStaff.Profile profile = DemoStaff.MEMBERS.stream()
				.filter((candidate) -> candidate.username().equals(member.username()))
				.map(DemoStaff.Member::profile)
				.filter(Objects::nonNull)
				.findFirst()
				.orElse(new DemoStaff.Profile(60, LocalTime.of(9, 0), LocalTime.of(17, 30), DayOfWeek.of(1 + i % 7)));
			Set<LocalDate> asked = new HashSet<>();
			wishes.stream()
				.filter((wish) -> wish.getKey().equals(member.username()))
				.forEach((wish) -> asked.add(wish.getValue()));
			workers.add(new DemoRosterPlan.Worker(member.username(), member.group(), member.trainee(), profile.from(),
					profile.to(), profile.dayOff(), ON_LEAVE.equals(member.username()) ? leave : Set.of(), asked));
		}
		return workers;
	}

	// the leave slice has no public API yet: the demo writes its rows as a supervisor's
	// decision would leave them

	private void leave(Shop shop, List<Agent> agents, String username, LocalDate from, LocalDate to, String reason,
			boolean approved, AgentId supervisor, Instant now) {
		AgentId agent = byUsername(agents, username);
		Instant asked = now.minus(Duration.ofDays(approved ? 9 : 1));
		jdbc.sql("""
				insert into roster_leave (shop_id, agent_id, first_day, last_day, reason, status, requested_at,
				    decided_at, decided_by)
				select ?, ?, ?::date, ?::date, ?, ?, ?::timestamptz, ?::timestamptz, ?::bigint
				where not exists (select 1 from roster_leave where shop_id = ? and agent_id = ? and first_day = ?)
				""")
			.params(shop.id().value(), agent.value(), Date.valueOf(from), Date.valueOf(to), reason,
					approved ? "APPROVED" : "REQUESTED", Timestamp.from(asked),
					approved ? Timestamp.from(asked.plus(Duration.ofHours(3))) : null,
					approved ? supervisor.value() : null, shop.id().value(), agent.value(), Date.valueOf(from))
			.update();
	}

	private void wish(Shop shop, List<Agent> agents, String username, LocalDate day) {
		jdbc.sql("""
				insert into roster_day_off_wish (shop_id, agent_id, day) values (?, ?, ?)
				on conflict do nothing
				""").params(shop.id().value(), byUsername(agents, username).value(), Date.valueOf(day)).update();
	}

	private static AgentId byUsername(List<Agent> agents, String username) {
		return agents.stream().filter((agent) -> username.equals(agent.username())).findFirst().orElseThrow().id();
	}

}
