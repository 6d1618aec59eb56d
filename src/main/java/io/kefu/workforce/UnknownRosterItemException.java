package io.kefu.workforce;

/**
 * A swap, a leave or an agent the shop's roster does not have: another shop's number, or
 * a username that is not on the roster.
 */
public class UnknownRosterItemException extends RuntimeException {

	public UnknownRosterItemException(String message) {
		super(message);
	}

}
