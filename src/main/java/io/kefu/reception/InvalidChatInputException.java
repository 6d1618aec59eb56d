package io.kefu.reception;

/**
 * A field of a chat request that cannot be accepted (too long, blank, malformed); nothing
 * was stored. Answered with 400 naming the field.
 */
public class InvalidChatInputException extends IllegalArgumentException {

	private final String field;

	private final String reason;

	public InvalidChatInputException(String field, String reason) {
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
