package io.kefu.training;

/** A typing test was submitted already, or its time ran out. */
public class TypingTestClosedException extends RuntimeException {

	public TypingTestClosedException(String message) {
		super(message);
	}

}
