package io.kefu.ingest;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What importing one file did. A file is applied whole or not at all: when it is not
 * applied the counts of stored rows are zero and {@code errors} says why
 * ({@code FILE:LINE: field: reason} for each rejected line, in the reader's language:
 * {@link ImportError#render}). At most a thousand lines are listed; a last error then
 * says how many more there were ({@link ImportError#more}).
 */
public record FileReport(String file, @Nullable ImportKind kind, boolean applied, long read, long inserted,
		long updated, long unchanged, long rejected, List<ImportError> errors) {

	public FileReport {
		errors = List.copyOf(errors);
	}

	/** How many errors the file had: those listed, and those only counted. */
	public long errorCount() {
		if (errors.isEmpty() || !errors.get(errors.size() - 1).isMore()) {
			return errors.size();
		}
		return errors.size() - 1 + Long.parseLong(errors.get(errors.size() - 1).args().get(0));
	}

	/** One line for a terminal or a log. */
	public String summary() {
		String what = kind == null ? "unknown format" : kind.name();
		String outcome = applied ? "applied" : "NOT applied";
		return "%s: %s %s: read %d, inserted %d, updated %d, unchanged %d, rejected %d".formatted(file, what, outcome,
				read, inserted, updated, unchanged, rejected);
	}
}
