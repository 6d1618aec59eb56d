package io.kefu.training.web;

import io.kefu.training.TypingTestClosedException;
import io.kefu.training.TypingTestNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Another's test is no test of the caller's (404, so ids reveal nothing); a second
 * submission, or one after the time ran out, conflicts with the test's state (409).
 */
@RestControllerAdvice(assignableTypes = TypingApi.class)
class TypingErrors {

	@ExceptionHandler(TypingTestNotFoundException.class)
	ProblemDetail notFound(TypingTestNotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(TypingTestClosedException.class)
	ProblemDetail closed(TypingTestClosedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

}
