package io.kefu.ingest.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A job id that names no import job of the shop in the path. Answered with an error
 * response rather than a view, so that Boot's error controller renders the 404 page with
 * the layout.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ImportJobNotFoundException extends RuntimeException {

	ImportJobNotFoundException(long shopId, UUID jobId) {
		super("Shop " + shopId + " has no import job " + jobId);
	}

}
