package io.kefu.ingest.internal;

/**
 * A cell whose text cannot be what its column says; the message is the reason, for a
 * person to read.
 */
class CellFormatException extends RuntimeException {

	CellFormatException(String reason) {
		super(reason, null, false, false);
	}

}
