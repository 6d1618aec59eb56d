package io.kefu.scripts;

/**
 * A change the library refuses for what is already in it (a shortcut code or group name
 * taken, a group that still holds scripts): the field to blame and a message code with
 * its arguments, so that the API and the pages can say why in the reader's language.
 */
public class RejectedChangeException extends RuntimeException {

	private final String field;

	private final String messageCode;

	private final transient Object[] arguments;

	public RejectedChangeException(String field, String messageCode, String explanation, Object... arguments) {
		super(explanation);
		this.field = field;
		this.messageCode = messageCode;
		this.arguments = arguments.clone();
	}

	public String field() {
		return field;
	}

	public String messageCode() {
		return messageCode;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
