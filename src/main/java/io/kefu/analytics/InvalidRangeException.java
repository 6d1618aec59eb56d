package io.kefu.analytics;

/**
 * A range of business days that figures are not computed for: it ends before it starts,
 * or it is longer than a year. Names the parameter that is wrong, {@code to}.
 */
public class InvalidRangeException extends IllegalArgumentException {

	public InvalidRangeException(String message) {
		super(message);
	}

	/** The parameter that makes the range wrong: its end. */
	public String field() {
		return "to";
	}

}
