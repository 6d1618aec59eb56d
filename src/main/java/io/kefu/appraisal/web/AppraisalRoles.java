package io.kefu.appraisal.web;

import java.util.List;

import io.kefu.access.Caller;
import io.kefu.access.Role;
import io.kefu.appraisal.AgentAppraisal;
import io.kefu.appraisal.MonthAppraisal;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who reads and acts on a month's appraisal: supervisors and owners every agent's, agents
 * their own; the supervisor gives the inputs and submits, the owner (or an administrator)
 * approves and reopens.
 */
final class AppraisalRoles {

	private AppraisalRoles() {
	}

	/** Whether the caller reads every agent's row rather than their own. */
	static boolean readsTheTeam(Caller caller) {
		return caller.supervises() || caller.has(Role.OWNER);
	}

	/** The rows the caller reads: every agent's, or their own. */
	static List<AgentAppraisal> rowsReadBy(Caller caller, MonthAppraisal appraisal) {
		return readsTheTeam(caller) ? appraisal.agents()
				: appraisal.agents().stream().filter(row -> row.agent().value() == caller.agentId()).toList();
	}

	static void requireReader(Caller caller, long shopId) {
		caller.requireShop(shopId);
		if (!readsTheTeam(caller) && !caller.has(Role.PRE_SALES) && !caller.has(Role.AFTER_SALES)) {
			throw new AccessDeniedException(
					"Only agents, supervisors and owners of shop " + shopId + " read appraisals");
		}
	}

	static void requireOwner(Caller caller, long shopId) {
		caller.requireShop(shopId);
		if (!caller.has(Role.OWNER)) {
			throw new AccessDeniedException("Only the owner of shop " + shopId + " approves or reopens a month");
		}
	}

}
