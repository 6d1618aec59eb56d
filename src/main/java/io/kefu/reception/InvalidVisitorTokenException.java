package io.kefu.reception;

/** A visitor token that is missing, malformed, forged or expired: answered with 401. */
public class InvalidVisitorTokenException extends RuntimeException {

	public InvalidVisitorTokenException(String reason) {
		super(reason);
	}

}
