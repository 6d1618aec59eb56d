package io.kefu.order.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A task id that names no remark task of the shop in the path; a task of another shop
 * counts as none. Answered with an error response rather than a view, so that Boot's
 * error controller renders the 404 page with the layout.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class RemarkTaskNotFoundException extends RuntimeException {

	RemarkTaskNotFoundException(long shopId, long taskId) {
		super("Shop " + shopId + " has no remark task " + taskId);
	}

}
