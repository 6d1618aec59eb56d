package io.kefu.quality;

/**
 * A review or a buyer's feedback that cannot be accepted as given: names the field and
 * why, so that the API answers a 400 naming it and a page shows it beside the field.
 */
public class InvalidReviewException extends IllegalArgumentException {

	private final String field;

	private final String reason;

	public InvalidReviewException(String field, String reason) {
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
