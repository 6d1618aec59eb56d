package io.kefu.followup.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A page path naming no follow-up of its shop; another shop's task counts as none. Boot's
 * error controller renders the 404 page with the layout.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class FollowupNotFoundException extends RuntimeException {

	FollowupNotFoundException(long shopId, long id) {
		super("Shop " + shopId + " has no follow-up " + id);
	}

}
