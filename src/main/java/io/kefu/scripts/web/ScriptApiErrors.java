package io.kefu.scripts.web;

import java.util.List;
import java.util.Map;

import io.kefu.scripts.GroupNotEmptyException;
import io.kefu.scripts.RejectedChangeException;
import io.kefu.scripts.ScriptNotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The library's refusals as problem details, in the shape the API gives invalid bodies: a
 * taken code or name is a 400 naming the field under {@code errors}; a group that still
 * holds scripts is a conflict; an unknown id is a 404.
 */
@RestControllerAdvice(assignableTypes = ScriptApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScriptApiErrors {

	private final MessageSource messages;

	ScriptApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(GroupNotEmptyException.class)
	ProblemDetail groupNotEmpty(GroupNotEmptyException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, reason(ex));
	}

	@ExceptionHandler(RejectedChangeException.class)
	ProblemDetail rejected(RejectedChangeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are invalid");
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "reason", reason(ex))));
		return problem;
	}

	@ExceptionHandler(InvalidBodyException.class)
	ProblemDetail invalid(InvalidBodyException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("errors",
				ex.problems()
					.stream()
					.map(problemOfField -> Map.of("field", problemOfField.field(), "reason", problemOfField.reason()))
					.toList());
		return problem;
	}

	@ExceptionHandler(ScriptNotFoundException.class)
	ProblemDetail notFound(ScriptNotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	private String reason(RejectedChangeException ex) {
		return messages.getMessage(ex.messageCode(), ex.arguments(), ex.getMessage(), LocaleContextHolder.getLocale());
	}

}
