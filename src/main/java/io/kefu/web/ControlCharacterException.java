package io.kefu.web;

/**
 * A request parameter or form field holds a control character (see
 * {@link ControlCharacters}): the request is refused with a 400 that names the field.
 */
public class ControlCharacterException extends RuntimeException {

	private final String field;

	private final String reason;

	ControlCharacterException(String field, String reason) {
		super(field + ": " + reason);
		this.field = field;
		this.reason = reason;
	}

	public String field() {
		return this.field;
	}

	public String reason() {
		return this.reason;
	}

}
