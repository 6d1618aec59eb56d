package io.kefu.scripts.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A script or group id of a page that names nothing in the shop's library. Answered with
 * an error response rather than a view, so that Boot's error controller renders the 404
 * page with the layout.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ScriptPageNotFoundException extends RuntimeException {

	ScriptPageNotFoundException(long shopId, long id) {
		super("Shop " + shopId + " has no script or group " + id);
	}

}
