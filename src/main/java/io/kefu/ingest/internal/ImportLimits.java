package io.kefu.ingest.internal;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The caps that keep an import's memory flat whatever file it is given, each far above
 * what a real export needs (docs/imports.md gives the reasons). A file over a cap is
 * refused whole, with the line where reading stopped.
 */
final class ImportLimits {

	/** Columns of one row: the widest export seen has 65. */
	static final int MAX_COLUMNS = 512;

	/**
	 * Characters of one line (a row of a table, a line of a chat record), cells included:
	 * a real order row has one or two thousand.
	 */
	static final int MAX_LINE_CHARS = 16_384;

	/**
	 * How many times a workbook part may inflate: real sheets shrink five to twenty times
	 * when zipped; cells repeated for a zip bomb, a thousand.
	 */
	static final int MAX_INFLATION = 100;

	/** Parts of a workbook: a real one has a dozen or two. */
	static final int MAX_PARTS = 1_000;

	/** A sheet, unzipped; it is streamed, so this bounds time, not memory. */
	static final long MAX_SHEET_BYTES = 4L * 1024 * 1024 * 1024;

	/**
	 * Any other part of a workbook, unzipped. The shared texts are spooled to disk, the
	 * others (styles, relations) are read into memory.
	 */
	static final long MAX_PART_BYTES = 256L * 1024 * 1024;

	/** The parts that are read into memory whole: styles, the workbook, relations. */
	static final long MAX_SMALL_PART_BYTES = 16L * 1024 * 1024;

	/**
	 * An old binary {@code .xls}, which is read whole: the format holds 65,536 rows, a
	 * full JD export is some 30 MB.
	 */
	static final long MAX_XLS_BYTES = 64L * 1024 * 1024;

	private ImportLimits() {
	}

	/**
	 * @throws ImportLimitException when the row has too many columns or characters
	 */
	static void checkRow(List<String> cells, long line) {
		if (cells.size() > MAX_COLUMNS) {
			throw ImportLimitException.tooManyColumns(line);
		}
		long characters = 0;
		for (String cell : cells) {
			characters += cell.length();
		}
		if (characters > MAX_LINE_CHARS) {
			throw ImportLimitException.lineTooLong(line);
		}
	}

	/** A number as the error messages show it, with thousands separators. */
	static String number(long value) {
		return NumberFormat.getIntegerInstance(Locale.ROOT).format(value);
	}

	/** A size in MB, as the error messages show it. */
	static String megabytes(long bytes) {
		return number(bytes / (1024 * 1024)) + " MB";
	}

}
