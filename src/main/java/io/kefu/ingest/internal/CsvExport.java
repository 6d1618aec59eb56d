package io.kefu.ingest.internal;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of an exported CSV after its header row, with each row's line number
 * in the file (a quoted cell may span lines). A row over the caps of {@link ImportLimits}
 * stops the reading with its line.
 */
final class CsvExport {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

	private CsvExport() {
	}

	/** Hands on the first row of the file, if it has one. */
	static void readHeader(BoundedReader reader, Consumer<List<String>> header) throws IOException {
		try (CSVParser parser = FORMAT.parse(reader)) {
			Iterator<CSVRecord> records = parser.iterator();
			if (next(records, reader, 1)) {
				header.accept(records.next().toList());
			}
		}
	}

	/**
	 * @throws MissingColumnsException when the header row lacks a required column, or the
	 * file is empty
	 * @throws ImportLimitException when a row is over a cap
	 */
	static void read(BoundedReader reader, List<Column> columns, RowReader rows) throws IOException {
		try (CSVParser parser = FORMAT.parse(reader)) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!next(records, reader, 1)) {
				throw new MissingColumnsException(columns.stream().filter(Column::required).map(Column::name).toList(),
						List.of());
			}
			List<String> header = records.next().toList();
			ImportLimits.checkRow(header, 1);
			ColumnIndex index = ColumnIndex.of(columns, header);
			long line = parser.getCurrentLineNumber() + 1;
			while (next(records, reader, line)) {
				List<String> row = records.next().toList();
				ImportLimits.checkRow(row, line);
				rows.read(index, row, line);
				line = parser.getCurrentLineNumber() + 1;
			}
		}
	}

	/**
	 * Whether another record follows; reading it counts against the cap of a line, which
	 * starts again with each record.
	 */
	private static boolean next(Iterator<CSVRecord> records, BoundedReader reader, long line) {
		reader.recordRead();
		try {
			return records.hasNext();
		}
		catch (ImportLimitException ex) {
			throw ex.atLine(line);
		}
	}

}
