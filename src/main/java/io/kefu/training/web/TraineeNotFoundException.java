package io.kefu.training.web;

/** No trainee (or task) the caller may know of: 404. */
class TraineeNotFoundException extends RuntimeException {

	TraineeNotFoundException(String message) {
		super(message);
	}

}
