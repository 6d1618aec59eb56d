package io.kefu.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.kefu.access.Role;
import io.kefu.demo.DemoShop;
import io.kefu.shop.ShopId;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentDraft;
import io.kefu.staff.Certification;
import io.kefu.staff.SkillGroup;
import io.kefu.staff.Staff;

import org.jspecify.annotations.Nullable;

/**
 * The demo shop's people: a supervisor, a trainer, five pre-sales and two after-sales
 * agents, an order clerk. Shifts follow seed 000 (白班 9:00–17:30, 半白班 10:00–15:30, 晚班
 * 17:00–23:30); each agent has a weekly day off and their own reply speed, the trainee
 * being the slowest.
 */
final class DemoStaff {

	private static final LocalTime DAY = LocalTime.of(9, 0);

	private static final LocalTime DAY_END = LocalTime.of(17, 30);

	private static final LocalTime NIGHT = LocalTime.of(17, 0);

	private static final LocalTime NIGHT_END = LocalTime.of(23, 30);

	static final List<Member> MEMBERS = List.of(new Member("zhuguan", "王主管", Role.SUPERVISOR, null, false, null),
			new Member("peixun", "李培训", Role.TRAINER, null, false, null),
			new Member("xiaomei", "小美", Role.PRE_SALES, SkillGroup.PRE_SALES, false,
					new Profile(15, DAY, DAY_END, DayOfWeek.WEDNESDAY)),
			new Member("xiaoyu", "小雨", Role.PRE_SALES, SkillGroup.PRE_SALES, false,
					new Profile(28, DAY, DAY_END, DayOfWeek.SATURDAY)),
			new Member("xiaoqing", "小青", Role.PRE_SALES, SkillGroup.PRE_SALES, false,
					new Profile(22, NIGHT, NIGHT_END, DayOfWeek.MONDAY)),
			new Member("xiaoyue", "小月", Role.PRE_SALES, SkillGroup.PRE_SALES, false,
					new Profile(35, NIGHT, NIGHT_END, DayOfWeek.THURSDAY)),
			new Member("xiaotang", "小糖", Role.PRE_SALES, SkillGroup.PRE_SALES, true,
					new Profile(90, LocalTime.of(10, 0), LocalTime.of(15, 30), DayOfWeek.SUNDAY)),
			new Member("ajie", "阿杰", Role.AFTER_SALES, SkillGroup.AFTER_SALES, false,
					new Profile(55, DAY, DAY_END, DayOfWeek.SUNDAY)),
			new Member("aning", "阿宁", Role.AFTER_SALES, SkillGroup.AFTER_SALES, false,
					new Profile(80, LocalTime.of(13, 30), LocalTime.of(22, 0), DayOfWeek.TUESDAY)),
			new Member("dandan", "丹丹", Role.ORDER_CLERK, null, false, null),
			new Member("dianzhang", "赵店长", Role.OWNER, null, false, null));

	private DemoStaff() {
	}

	static List<Agent> hire(Staff staff, long shopId, LocalDate lastDay) {
		return MEMBERS.stream()
			.map(member -> staff.hire(ShopId.of(shopId), member.draft(lastDay),
					Optional.of(new Staff.Credentials(member.username(), DemoShop.PASSWORD))))
			.toList();
	}

	/**
	 * The day of training the demo trainee is in on the last day: a novice receives
	 * buyers from day 3 (seed 000), so they have the last two days' buyers only.
	 */
	static final int TRAINING_DAY = 4;

	private static final int FIRST_RECEIVING_DAY = 3;

	/** The day the demo trainee started training. */
	static LocalDate trainingStart(LocalDate lastDay) {
		return lastDay.minusDays(TRAINING_DAY - 1L);
	}

	/** The agents who receive buyers, with the ids they were hired under. */
	static List<Responder> responders(List<Agent> agents, LocalDate lastDay) {
		return MEMBERS.stream().filter(member -> member.profile() != null).map(member -> {
			Agent agent = agents.stream().filter(a -> member.username().equals(a.username())).findFirst().orElseThrow();
			Profile p = member.profile();
			return new Responder(agent.id().value(), member.name(), member.group(), member.trainee(), p.medianSeconds(),
					p.from(), p.to(), p.dayOff(),
					member.trainee() ? trainingStart(lastDay).plusDays(FIRST_RECEIVING_DAY - 1L) : LocalDate.MIN);
		}).toList();
	}

	/** The order clerk who reads red-flagged remarks. */
	static OrderDesk.Clerk clerk(List<Agent> agents) {
		Agent clerk = agents.stream().filter(a -> "dandan".equals(a.username())).findFirst().orElseThrow();
		return new OrderDesk.Clerk(clerk.id().value(), clerk.displayName());
	}

	record Member(String username, String name, Role role, @Nullable SkillGroup group, boolean trainee,
			@Nullable Profile profile) {

		AgentDraft draft(LocalDate lastDay) {
			Certification certification = trainee ? Certification.TRAINEE : Certification.CERTIFIED;
			LocalDate certifiedOn = trainee ? null : lastDay.minusDays(90 + Math.floorMod(name.hashCode(), 200));
			return new AgentDraft(name, name, Set.of(role), group, certification, certifiedOn, true);
		}
	}

	/** When an agent works and how fast they answer: the median seconds to a reply. */
	record Profile(int medianSeconds, LocalTime from, LocalTime to, DayOfWeek dayOff) {
	}

}
