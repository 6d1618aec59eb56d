package io.kefu.followup.web;

import io.kefu.access.Caller;
import io.kefu.access.Role;
import io.kefu.followup.Followup;
import io.kefu.staff.Agent;
import io.kefu.staff.SkillGroup;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who works follow-ups: an agent their own tasks and their group's unassigned ones, a
 * supervisor every task of the shop.
 */
final class FollowupRoles {

	private FollowupRoles() {
	}

	static boolean worksFollowups(Caller caller) {
		return caller.supervises() || caller.has(Role.PRE_SALES) || caller.has(Role.AFTER_SALES);
	}

	static void requireWorker(Caller caller, long shopId) {
		caller.requireShop(shopId);
		if (!worksFollowups(caller)) {
			throw new AccessDeniedException("Only agents and supervisors of shop " + shopId + " work follow-ups");
		}
	}

	static void requireTask(Caller caller, Followup task) {
		requireWorker(caller, task.shopId().value());
		boolean nobodysOfMyGroup = task.agentId() == null && caller.has(roleOf(task.group()));
		boolean mineOrNobodys = nobodysOfMyGroup
				|| (task.agentId() != null && task.agentId().value() == caller.agentId());
		if (!caller.supervises() && !mineOrNobodys) {
			throw new AccessDeniedException("Follow-up " + task.id() + " is another agent's or another group's");
		}
	}

	/**
	 * Whether a task may be handed to the agent: a supervisor, or an agent of its group.
	 */
	static boolean mayBeGiven(Agent agent, Followup task) {
		return agent.canSignIn() && (agent.roles().contains(Role.SUPERVISOR) || agent.roles().contains(Role.ADMIN)
				|| agent.roles().contains(roleOf(task.group())));
	}

	private static Role roleOf(SkillGroup group) {
		return group == SkillGroup.AFTER_SALES ? Role.AFTER_SALES : Role.PRE_SALES;
	}

}
