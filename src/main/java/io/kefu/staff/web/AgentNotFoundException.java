package io.kefu.staff.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An agent id that names no agent of the shop in the path; an agent of another shop
 * counts as none. Answered with an error response rather than a view, so that Boot's
 * error controller renders the 404 page with the layout.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AgentNotFoundException extends RuntimeException {

	AgentNotFoundException(long shopId, long agentId) {
		super("Shop " + shopId + " has no agent " + agentId);
	}

}
