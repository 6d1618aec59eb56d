package io.kefu.ingest.internal;

import java.util.List;

/**
 * A file lacks columns its format requires; says which, and which headers the file has.
 */
class MissingColumnsException extends RuntimeException {

	private final List<String> missing;

	MissingColumnsException(List<String> missing, List<String> found) {
		super("missing required columns " + String.join(", ", missing) + "; the file has " + String.join(" ", found));
		this.missing = List.copyOf(missing);
	}

	List<String> missing() {
		return missing;
	}

}
