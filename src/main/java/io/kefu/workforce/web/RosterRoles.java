package io.kefu.workforce.web;

import io.kefu.access.Caller;

/**
 * Who reads which roster: the shop's supervisors work on the draft; everyone else in the
 * shop (agents, trainer, clerk, owner) reads the published roster.
 */
final class RosterRoles {

	private RosterRoles() {
	}

	static boolean readsDraft(Caller caller, long shopId) {
		return caller.worksIn(shopId) && caller.supervises();
	}

}
