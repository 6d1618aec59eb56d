package io.kefu.ingest.internal;

import java.util.List;

/** Reads one data row of an export table, with its line (CSV) or row (sheet) number. */
interface RowReader {

	void read(ColumnIndex columns, List<String> row, long line);

}
