package io.kefu.ingest.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of an exported CSV after its header row, with each row's line number
 * in the file (a quoted cell may span lines).
 */
final class CsvExport {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

	private CsvExport() {
	}

	/** Hands on the first row of the file, if it has one. */
	static void readHeader(Reader reader, Consumer<List<String>> header) throws IOException {
		try (CSVParser parser = FORMAT.parse(reader)) {
			Iterator<CSVRecord> records = parser.iterator();
			if (records.hasNext()) {
				header.accept(records.next().toList());
			}
		}
	}

	/**
	 * @throws MissingColumnsException when the header row lacks a required column, or the
	 * file is empty
	 */
	static void read(Reader reader, List<Column> columns, RowReader rows) throws IOException {
		try (CSVParser parser = FORMAT.parse(reader)) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				throw new MissingColumnsException(columns.stream().filter(Column::required).map(Column::name).toList(),
						List.of());
			}
			ColumnIndex index = ColumnIndex.of(columns, records.next().toList());
			long line = parser.getCurrentLineNumber() + 1;
			while (records.hasNext()) {
				rows.read(index, records.next().toList(), line);
				line = parser.getCurrentLineNumber() + 1;
			}
		}
	}

}
