package io.kefu.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.kefu.access.Role;
import io.kefu.demo.DemoShop;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentDraft;
import io.kefu.staff.Certification;
import io.kefu.staff.SkillGroup;
import io.kefu.staff.Staff;

/** The demo shop's people: a supervisor, a trainer, five pre-sales and two after-sales agents, an order clerk. */
final class DemoStaff {

	/** username, display name (also the sub-account nickname), role, group, trainee? */
	static final List<Member> MEMBERS = List.of(
			new Member("zhuguan", "王主管", Role.SUPERVISOR, null, false),
			new Member("peixun", "李培训", Role.TRAINER, null, false),
			new Member("xiaomei", "小美", Role.PRE_SALES, SkillGroup.PRE_SALES, false),
			new Member("xiaoyu", "小雨", Role.PRE_SALES, SkillGroup.PRE_SALES, false),
			new Member("xiaoqing", "小青", Role.PRE_SALES, SkillGroup.PRE_SALES, false),
			new Member("xiaoyue", "小月", Role.PRE_SALES, SkillGroup.PRE_SALES, false),
			new Member("xiaotang", "小糖", Role.PRE_SALES, SkillGroup.PRE_SALES, true),
			new Member("ajie", "阿杰", Role.AFTER_SALES, SkillGroup.AFTER_SALES, false),
			new Member("aning", "阿宁", Role.AFTER_SALES, SkillGroup.AFTER_SALES, false),
			new Member("dandan", "丹丹", Role.ORDER_CLERK, null, false));

	private DemoStaff() {
	}

	static List<Agent> hire(Staff staff, long shopId, LocalDate lastDay) {
		return MEMBERS.stream().map(member -> staff.hire(shopId, member.draft(lastDay),
				Optional.of(new Staff.Credentials(member.username(), DemoShop.PASSWORD)))).toList();
	}

	record Member(String username, String name, Role role, SkillGroup group, boolean trainee) {

		AgentDraft draft(LocalDate lastDay) {
			Certification certification = trainee ? Certification.TRAINEE : Certification.CERTIFIED;
			LocalDate certifiedOn = trainee ? null : lastDay.minusDays(90 + name.hashCode() % 200);
			return new AgentDraft(name, name, Set.of(role), group, certification, certifiedOn, true);
		}
	}
}
