package io.kefu.training;

/** No typing test of that id is the agent's in the shop. */
public class TypingTestNotFoundException extends RuntimeException {

	public TypingTestNotFoundException(long id) {
		super("No typing test " + id);
	}

}
