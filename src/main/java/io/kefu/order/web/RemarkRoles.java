package io.kefu.order.web;

import io.kefu.access.Caller;
import io.kefu.access.Role;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with remarks. Agents and supervisors write them (seed 000: the
 * pre-sales agent remarks, the clerk prints); the order clerk and supervisors work the
 * clerk's list; the buyer's orders, receiver address included, are read by those who
 * serve the buyer or ship the order.
 */
final class RemarkRoles {

	private RemarkRoles() {
	}

	static void requireWriter(Caller caller, long shopId) {
		caller.requireShop(shopId);
		if (!writes(caller)) {
			throw new AccessDeniedException("Only the agents and supervisors of shop " + shopId + " write remarks");
		}
	}

	static void requireClerk(Caller caller, long shopId) {
		caller.requireShop(shopId);
		if (!worksTheClerksList(caller)) {
			throw new AccessDeniedException(
					"Only the order clerks and supervisors of shop " + shopId + " work the clerk's list");
		}
	}

	static void requireOrderReader(Caller caller, long shopId) {
		caller.requireShop(shopId);
		if (!writes(caller) && !worksTheClerksList(caller)) {
			throw new AccessDeniedException(
					"Only the agents, order clerks and supervisors of shop " + shopId + " read buyers' orders");
		}
	}

	private static boolean writes(Caller caller) {
		return caller.has(Role.PRE_SALES) || caller.has(Role.AFTER_SALES) || caller.supervises();
	}

	private static boolean worksTheClerksList(Caller caller) {
		return caller.has(Role.ORDER_CLERK) || caller.supervises();
	}

}
