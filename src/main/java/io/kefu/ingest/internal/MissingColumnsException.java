package io.kefu.ingest.internal;

import java.util.List;

import io.kefu.ingest.ImportError;

/**
 * A file lacks columns its format requires; says which, and which headers the file has.
 */
class MissingColumnsException extends RuntimeException {

	private static final String CODE = "imports.error.missingColumns";

	private final List<String> missing;

	private final List<String> found;

	MissingColumnsException(List<String> missing, List<String> found) {
		super("missing required columns " + String.join(", ", missing) + "; the file has " + String.join(" ", found));
		this.missing = List.copyOf(missing);
		this.found = List.copyOf(found);
	}

	List<String> missing() {
		return missing;
	}

	/** The file's error, reported once with the headers that were found. */
	ImportError error(String file) {
		return ImportError.ofFile(file, CODE, args());
	}

	String code() {
		return CODE;
	}

	String[] args() {
		return new String[] { String.join(", ", missing), String.join(" ", found) };
	}

}
