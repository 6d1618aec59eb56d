package io.kefu.workforce.web;

import io.kefu.access.Caller;
import io.kefu.access.Role;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who reads and sets the staffing need: supervisors of the shop read and change it; its
 * owner (店长) reads it; agents do neither.
 */
final class StaffingRoles {

	private StaffingRoles() {
	}

	static void requireReader(Caller caller, long shopId) {
		caller.requireShop(shopId);
		if (!caller.supervises() && !caller.has(Role.OWNER)) {
			throw new AccessDeniedException("Only supervisors and the owner of shop " + shopId + " read its staffing");
		}
	}

	static void requireEditor(Caller caller, long shopId) {
		caller.requireSupervisorOf(shopId);
	}

}
