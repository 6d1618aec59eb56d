package io.kefu.ingest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Refuses a workbook part's XML as soon as it holds a run of more bytes without a
 * {@code <} or {@code >} than a whole line may have: a tag with a giant attribute, or a
 * giant text. The XML parser would hold such a run in memory whole before any handler saw
 * it.
 */
final class MarkupLimit extends FilterInputStream {

	/** A line at its longest, each character in four bytes of UTF-8. */
	static final long MAX_RUN = 4L * ImportLimits.MAX_LINE_CHARS;

	private final LongSupplier row;

	private long run;

	/**
	 * @param row the row being read, for the error
	 */
	MarkupLimit(InputStream xml, LongSupplier row) {
		super(xml);
		this.row = row;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			see((byte) b);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		for (int i = 0; i < n; i++) {
			see(buffer[offset + i]);
		}
		return n;
	}

	private void see(byte b) {
		if (b == '<' || b == '>') {
			run = 0;
		}
		else if (++run > MAX_RUN) {
			throw ImportLimitException.lineTooLong(Math.max(row.getAsLong(), 1));
		}
	}

}
