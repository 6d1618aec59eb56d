package io.kefu.shop.web;

import io.kefu.access.Caller;
import io.kefu.access.Role;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who reads and edits the shop's knowledge (promotions, couriers, policies, product
 * issues): everyone who works in the shop reads it; its supervisors and its owner (店长)
 * edit it.
 */
final class KnowledgeRoles {

	private KnowledgeRoles() {
	}

	static void requireReader(Caller caller, long shopId) {
		caller.requireShop(shopId);
	}

	static boolean edits(Caller caller) {
		return caller.supervises() || caller.has(Role.OWNER);
	}

	static void requireEditor(Caller caller, long shopId) {
		caller.requireShop(shopId);
		if (!edits(caller)) {
			throw new AccessDeniedException("Only supervisors and the owner of shop " + shopId + " edit its knowledge");
		}
	}

}
