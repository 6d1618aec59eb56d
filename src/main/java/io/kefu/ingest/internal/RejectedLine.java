package io.kefu.ingest.internal;

import io.kefu.ingest.ImportError;

/**
 * Builds the {@link ImportError} of a line that could not be read, reported as
 * {@code FILE:LINE: field: reason}.
 */
final class RejectedLine {

	private RejectedLine() {
	}

	static ImportError of(String file, long line, String field, CellFormatException reason) {
		return ImportError.ofLine(file, line, field, reason.code(), reason.args());
	}

	static ImportError of(String file, long line, String field, String code, String... args) {
		return ImportError.ofLine(file, line, field, code, args);
	}

}
