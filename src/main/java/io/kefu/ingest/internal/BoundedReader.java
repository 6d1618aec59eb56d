package io.kefu.ingest.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A file's text, refused as soon as one line of it is longer than
 * {@link ImportLimits#MAX_LINE_CHARS}, before the reader above (a line reader, the CSV
 * parser) has gathered more of it. For chat text a line ends at a line break; for CSV a
 * line is a record, which a quoted cell may spread over several, so the CSV reader says
 * where each record ends ({@link #recordRead}).
 */
final class BoundedReader extends FilterReader {

	/**
	 * What the CSV parser may have read ahead of the record it hands on: its buffer,
	 * twice. The record itself is then held to the exact cap.
	 */
	private static final int READ_AHEAD = 2 * 8192;

	private final boolean records;

	private long lines;

	private long sinceBreak;

	private long sinceRecord;

	private BoundedReader(Reader text, boolean records) {
		super(text);
		this.records = records;
	}

	/** Lines end at line breaks; an error names the line. */
	static BoundedReader lines(Reader text) {
		return new BoundedReader(text, false);
	}

	/**
	 * Lines are CSV records; an error has no line, which the CSV reader knows. The parser
	 * reads ahead a few thousand characters, which a record may go over the cap by.
	 */
	static BoundedReader records(Reader text) {
		return new BoundedReader(text, true);
	}

	/** The CSV reader finished a record: the next one starts. */
	void recordRead() {
		sinceRecord = 0;
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		if (c >= 0) {
			char[] one = { (char) c };
			count(one, 0, 1);
		}
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			count(buffer, offset, n);
		}
		return n;
	}

	private void count(char[] buffer, int offset, int n) {
		if (records) {
			sinceRecord += n;
			if (sinceRecord > ImportLimits.MAX_LINE_CHARS + READ_AHEAD) {
				throw ImportLimitException.lineTooLong(0);
			}
			return;
		}
		int start = offset;
		for (int i = offset; i < offset + n; i++) {
			if (buffer[i] == '\n') {
				if (sinceBreak + (i - start) > ImportLimits.MAX_LINE_CHARS) {
					throw ImportLimitException.lineTooLong(lines + 1);
				}
				lines++;
				sinceBreak = 0;
				start = i + 1;
			}
		}
		sinceBreak += offset + n - start;
		if (sinceBreak > ImportLimits.MAX_LINE_CHARS) {
			throw ImportLimitException.lineTooLong(lines + 1);
		}
	}

}
