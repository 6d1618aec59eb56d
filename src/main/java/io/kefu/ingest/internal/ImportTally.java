package io.kefu.ingest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.kefu.ingest.FileReport;
import io.kefu.ingest.ImportError;
import io.kefu.ingest.ImportKind;

/**
 * Counts what an import of one file read, stored and rejected, and which business days it
 * touched. Keeps the first {@value #KEPT_ERRORS} error lines, so that a report stays
 * small; a file with more says how many were left out.
 */
final class ImportTally {

	static final int KEPT_ERRORS = 1_000;

	private final List<ImportError> errors = new ArrayList<>();

	private final Set<LocalDate> orderDays = new TreeSet<>();

	private final Set<LocalDate> messageDays = new TreeSet<>();

	private long read;

	private long inserted;

	private long updated;

	private long unchanged;

	private long rejected;

	void read() {
		read++;
	}

	void inserted(long count) {
		inserted += count;
	}

	void updated(long count) {
		updated += count;
	}

	void unchanged(long count) {
		unchanged += count;
	}

	void reject(ImportError line) {
		rejected++;
		if (errors.size() < KEPT_ERRORS) {
			errors.add(line);
		}
	}

	void orderDay(LocalDate day) {
		orderDays.add(day);
	}

	void messageDay(LocalDate day) {
		messageDays.add(day);
	}

	long rejected() {
		return rejected;
	}

	Set<LocalDate> orderDays() {
		return orderDays;
	}

	Set<LocalDate> messageDays() {
		return messageDays;
	}

	FileReport applied(String file, ImportKind kind) {
		return new FileReport(file, kind, true, read, inserted, updated, unchanged, rejected, allErrors(file));
	}

	FileReport notApplied(String file, ImportKind kind) {
		return new FileReport(file, kind, false, read, 0, 0, 0, rejected, allErrors(file));
	}

	private List<ImportError> allErrors(String file) {
		if (rejected <= errors.size()) {
			return errors;
		}
		List<ImportError> all = new ArrayList<>(errors);
		all.add(ImportError.more(file, rejected - errors.size()));
		return all;
	}

}
