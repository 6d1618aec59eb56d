package io.kefu.training.web;

import io.kefu.training.TrainingStateException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An unknown trainee is 404; a step the training does not allow now is 409. */
@RestControllerAdvice(assignableTypes = TrainingApi.class)
class TrainingErrors {

	@ExceptionHandler(TraineeNotFoundException.class)
	ProblemDetail unknown(TraineeNotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(TrainingStateException.class)
	ProblemDetail conflict(TrainingStateException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

}
