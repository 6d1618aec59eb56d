package io.kefu.ingest.internal;

import java.util.List;

/**
 * A cell whose text cannot be what its column says; carries the reason as a message code
 * ({@code imports.error.*}) and its arguments, rendered in the reader's language.
 */
class CellFormatException extends RuntimeException {

	private final String code;

	private final List<String> args;

	CellFormatException(String code, String... args) {
		super(code, null, false, false);
		this.code = code;
		this.args = List.of(args);
	}

	String code() {
		return code;
	}

	String[] args() {
		return args.toArray(String[]::new);
	}

}
