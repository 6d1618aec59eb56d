package io.kefu.workforce.internal;

import java.util.Comparator;
import java.util.List;

import io.kefu.access.Role;
import io.kefu.shop.ShopId;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;
import io.kefu.workforce.RosterSheet;
import io.kefu.workforce.ShiftGroup;

import org.springframework.stereotype.Component;

/**
 * Who is on a shop's roster: the agents who can sign in and take buyers (售前 or 售后),
 * pre-sales first, then after-sales, then those who take both, each by name.
 */
@Component
class RosterMembers {

	private final Staff staff;

	RosterMembers(Staff staff) {
		this.staff = staff;
	}

	List<RosterSheet.Member> of(ShopId shop) {
		return staff.inShop(shop)
			.stream()
			.filter((agent) -> agent.canSignIn() && group(agent) != null)
			.map((agent) -> new RosterSheet.Member(agent.id(), agent.username(), agent.displayName(), group(agent),
					agent.isTrainee()))
			.sorted(Comparator.comparing(RosterSheet.Member::group)
				.thenComparing(RosterSheet.Member::name)
				.thenComparing(RosterSheet.Member::username))
			.toList();
	}

	private static ShiftGroup group(Agent agent) {
		boolean pre = agent.roles().contains(Role.PRE_SALES);
		boolean after = agent.roles().contains(Role.AFTER_SALES);
		if (pre && after) {
			return ShiftGroup.BOTH;
		}
		if (pre) {
			return ShiftGroup.PRE_SALES;
		}
		return after ? ShiftGroup.AFTER_SALES : null;
	}

}
