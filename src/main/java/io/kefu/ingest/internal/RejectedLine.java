package io.kefu.ingest.internal;

/**
 * A line of an import that could not be read, reported as
 * {@code FILE:LINE: field: reason}.
 */
record RejectedLine(String file, long line, String field, String reason) {

	@Override
	public String toString() {
		return file + ":" + line + ": " + field + ": " + reason;
	}
}
