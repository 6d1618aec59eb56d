package io.kefu.quality.web;

import java.util.List;
import java.util.Map;

import io.kefu.quality.InvalidReviewException;
import io.kefu.quality.UnknownReviewTargetException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Review failures as problem details, before the application's general ones: a wrong
 * field is named under {@code errors}, a hit or complaint in the wrong state (a second
 * dispute) is a conflict, a reception or hit that is not there is not found.
 */
@RestControllerAdvice(assignableTypes = { ReviewApi.class, FeedbackApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReviewApiErrors {

	@ExceptionHandler(InvalidReviewException.class)
	ProblemDetail invalid(InvalidReviewException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "reason", ex.reason())));
		return problem;
	}

	@ExceptionHandler(UnknownReviewTargetException.class)
	ProblemDetail notFound(UnknownReviewTargetException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(IllegalStateException.class)
	ProblemDetail conflict(IllegalStateException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

}
