package io.kefu.training;

/** No quiz, or no question of a trainer's bank, of that id in the shop. */
public class QuizNotFoundException extends RuntimeException {

	public QuizNotFoundException(String message) {
		super(message);
	}

}
