package io.kefu.training;

/**
 * A quiz that cannot be answered or drawn now: answered already, or the shop gives no
 * questions yet.
 */
public class QuizClosedException extends RuntimeException {

	public QuizClosedException(String message) {
		super(message);
	}

}
