package io.kefu.customer.internal;

import io.kefu.access.Caller;
import io.kefu.access.Role;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who uses the CRM: the shop's agents at the desk and its supervisors; the rules of
 * groups are a supervisor's.
 */
final class CustomerAccess {

	private CustomerAccess() {
	}

	static void requireReader(Caller caller, long shopId) {
		caller.requireShop(shopId);
		if (!caller.has(Role.PRE_SALES) && !caller.has(Role.AFTER_SALES) && !caller.supervises()) {
			throw new AccessDeniedException("Only agents and supervisors use the shop's customers");
		}
	}

}
