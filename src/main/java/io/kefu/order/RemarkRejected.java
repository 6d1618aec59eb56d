package io.kefu.order;

/** A remark that does not fit the house form; names the field at fault and why. */
public class RemarkRejected extends IllegalArgumentException {

	private final String field;

	private final String reason;

	public RemarkRejected(String field, String reason) {
		super(field + ": " + reason);
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
