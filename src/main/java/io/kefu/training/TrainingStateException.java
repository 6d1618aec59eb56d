package io.kefu.training;

/**
 * A change a trainee's training does not allow now: enrolling an agent already in
 * training, changing an ended training.
 */
public class TrainingStateException extends RuntimeException {

	public TrainingStateException(String message) {
		super(message);
	}

}
