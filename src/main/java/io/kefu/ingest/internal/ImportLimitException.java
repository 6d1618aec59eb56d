package io.kefu.ingest.internal;

import java.util.List;

import io.kefu.ingest.ImportError;

/**
 * A file goes over one of the {@link ImportLimits}: reading stops, and the file is
 * refused whole with the line where it stopped (0 when the file as a whole is at fault).
 */
class ImportLimitException extends RuntimeException {

	private final long line;

	private final String code;

	private final List<String> args;

	ImportLimitException(long line, String code, String... args) {
		super(code + " at line " + line, null, false, false);
		this.line = line;
		this.code = code;
		this.args = List.of(args);
	}

	/** The same refusal at the line the reader knows and the thrower did not. */
	ImportLimitException atLine(long line) {
		return new ImportLimitException(line, code, args.toArray(String[]::new));
	}

	long line() {
		return line;
	}

	ImportError error(String file) {
		return new ImportError(file, line, null, code, args);
	}

	static ImportLimitException tooManyColumns(long line) {
		return new ImportLimitException(line, "imports.error.tooManyColumns",
				ImportLimits.number(ImportLimits.MAX_COLUMNS));
	}

	static ImportLimitException lineTooLong(long line) {
		return new ImportLimitException(line, "imports.error.lineTooLong",
				ImportLimits.number(ImportLimits.MAX_LINE_CHARS));
	}

}
