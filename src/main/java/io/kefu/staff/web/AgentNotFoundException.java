package io.kefu.staff.web;

/** An agent id that names no agent of the shop in the path; an agent of another shop counts as none. */
class AgentNotFoundException extends RuntimeException {

	AgentNotFoundException(long shopId, long agentId) {
		super("Shop " + shopId + " has no agent " + agentId);
	}
}
