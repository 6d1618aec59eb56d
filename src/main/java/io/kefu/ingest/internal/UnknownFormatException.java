package io.kefu.ingest.internal;

import java.util.List;

/**
 * A file that is none of the formats Kefu reads; the message lists each format tried and
 * why it did not fit.
 */
class UnknownFormatException extends RuntimeException {

	UnknownFormatException(List<String> reasons) {
		super("not a format Kefu reads; tried " + String.join("; ", reasons));
	}

}
