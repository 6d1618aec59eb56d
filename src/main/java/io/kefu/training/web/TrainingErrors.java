package io.kefu.training.web;

import io.kefu.training.QuizClosedException;
import io.kefu.training.QuizNotFoundException;
import io.kefu.training.TrainingStateException;
import io.kefu.training.TypingTestClosedException;
import io.kefu.training.TypingTestNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An unknown trainee, or another's typing test, is 404 (so ids reveal nothing); a step
 * the training or the test does not allow now — a change to an ended training, a second
 * submission, one after the time ran out — conflicts with its state (409).
 */
@RestControllerAdvice(assignableTypes = { TrainingApi.class, TypingApi.class, MysteryApi.class, QuizApi.class })
class TrainingErrors {

	@ExceptionHandler({ TraineeNotFoundException.class, TypingTestNotFoundException.class,
			QuizNotFoundException.class })
	ProblemDetail unknown(RuntimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler({ TrainingStateException.class, TypingTestClosedException.class, QuizClosedException.class })
	ProblemDetail conflict(RuntimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

}
