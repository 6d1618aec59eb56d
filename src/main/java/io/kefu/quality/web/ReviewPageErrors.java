package io.kefu.quality.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import io.kefu.quality.UnknownReviewTargetException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A review page or form that names a reception, hit, message or feedback that is not
 * there, or not of the shop in the path, is answered with the not-found page: a
 * supervisor acting on another shop's feedback learns nothing of it, and nothing changes.
 */
@ControllerAdvice(assignableTypes = { ReviewPages.class, ReviewRecordPages.class })
class ReviewPageErrors {

	/**
	 * An error response rather than a view, so that the page is rendered with the
	 * layout's model.
	 */
	@ExceptionHandler(UnknownReviewTargetException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
