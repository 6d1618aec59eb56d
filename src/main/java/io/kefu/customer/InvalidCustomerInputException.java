package io.kefu.customer;

/** A field of a customer request that cannot be taken, named, with why. */
public class InvalidCustomerInputException extends RuntimeException {

	private final String field;

	private final String reason;

	public InvalidCustomerInputException(String field, String reason) {
		super(field + " " + reason);
		this.field = field;
		this.reason = reason;
	}

	public String field() {
		return field;
	}

	public String reason() {
		return reason;
	}

}
