package io.kefu.workforce;

/**
 * A step the month's roster does not allow now: it is being solved, there is nothing to
 * publish, nobody to roster.
 */
public class RosterStateException extends RuntimeException {

	public RosterStateException(String message) {
		super(message);
	}

}
