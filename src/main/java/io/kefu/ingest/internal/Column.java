package io.kefu.ingest.internal;

import java.util.List;

/**
 * One column Kefu reads from an export, with every header the marketplaces have used for
 * it. A column is found by its header, never by its position.
 */
record Column(List<String> aliases, boolean required) {

	static Column required(String... aliases) {
		return new Column(List.of(aliases), true);
	}

	static Column optional(String... aliases) {
		return new Column(List.of(aliases), false);
	}

	/** The name errors use: the first alias. */
	String name() {
		return aliases.get(0);
	}

	/**
	 * A header as exports write it: trailing spaces, a byte-order mark or full-width
	 * brackets removed.
	 */
	static String normalise(String header) {
		return header.replace("\uFEFF", "").replace('（', '(').replace('）', ')').strip();
	}
}
