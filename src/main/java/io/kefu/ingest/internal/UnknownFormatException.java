package io.kefu.ingest.internal;

import java.util.ArrayList;
import java.util.List;

import io.kefu.ingest.ImportError;
import io.kefu.ingest.ImportKind;

/**
 * A file that is none of the formats Kefu reads; reported as one line saying so and one
 * line for each format tried with why it did not fit.
 */
class UnknownFormatException extends RuntimeException {

	private final List<Tried> tried;

	UnknownFormatException(List<Tried> tried) {
		super("not a format Kefu reads; tried " + tried.stream().map(Tried::kind).toList());
		this.tried = List.copyOf(tried);
	}

	List<ImportError> errors(String file) {
		List<ImportError> errors = new ArrayList<>();
		errors.add(ImportError.ofFile(file, "imports.error.unknownFormat"));
		tried.forEach(each -> errors.add(each.error(file)));
		return errors;
	}

	/** A format that was tried and the file's error as that format. */
	record Tried(ImportKind kind, String code, List<String> args) {

		static Tried missingColumns(ImportKind kind, MissingColumnsException ex) {
			return new Tried(kind, ex.code(), List.of(ex.args()));
		}

		ImportError error(String file) {
			return new ImportError(file, 0, ImportError.kindArgument(kind), code, args);
		}
	}

}
