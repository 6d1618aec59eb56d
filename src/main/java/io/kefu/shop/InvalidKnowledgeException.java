package io.kefu.shop;

/**
 * A field of the shop's knowledge (promotion, couriers, policies, product issue) that
 * cannot be taken, with why.
 */
public class InvalidKnowledgeException extends RuntimeException {

	private final String field;

	private final String reason;

	public InvalidKnowledgeException(String field, String reason) {
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
