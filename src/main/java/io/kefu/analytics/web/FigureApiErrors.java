package io.kefu.analytics.web;

import java.util.List;
import java.util.Map;

import io.kefu.analytics.InvalidRangeException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A range of days the figures are not computed for is a 400 naming the parameter under
 * {@code errors}, as every refused field of the API.
 */
@RestControllerAdvice(assignableTypes = FigureApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FigureApiErrors {

	@ExceptionHandler(InvalidRangeException.class)
	ProblemDetail invalidRange(InvalidRangeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "reason", ex.getMessage())));
		return problem;
	}

}
