package io.kefu.ingest.internal;

import java.util.List;

/**
 * One column Kefu reads from an export, with every header the marketplaces have used for it. A column is
 * found by its header, never by its position.
 */
interface ColumnAliases {

	List<String> aliases();

	boolean required();

	/** A header as exports write it: trailing spaces, a byte-order mark or full-width brackets removed. */
	static String normalise(String header) {
		return header.replace("\uFEFF", "").replace('（', '(').replace('）', ')').strip();
	}
}
