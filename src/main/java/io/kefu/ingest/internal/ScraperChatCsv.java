package io.kefu.ingest.internal;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import static io.kefu.ingest.internal.ScraperChatColumn.*;

/**
 * Reads layout C of FORMATS.md: one message a row with 日期, 时间, 发话者 and 消息; 对象 names the other side. The
 * sender is the other side's peer, so the receiver is 对象 when the sender is not 对象 itself.
 */
final class ScraperChatCsv {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

	private ScraperChatCsv() {
	}

	/**
	 * @throws MissingColumnsException when the header row lacks a required column
	 */
	static void read(String file, Reader reader, Consumer<ChatLine> messages, Consumer<RejectedLine> rejected)
			throws IOException {
		try (CSVParser parser = FORMAT.parse(reader)) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				throw new MissingColumnsException(List.of("发话者"), List.of());
			}
			ColumnIndex<ScraperChatColumn> columns = ColumnIndex.of(ScraperChatColumn.class, records.next().toList());
			long line = parser.getCurrentLineNumber() + 1;
			while (records.hasNext()) {
				List<String> row = records.next().toList();
				readRow(file, columns, row, line, messages, rejected);
				line = parser.getCurrentLineNumber() + 1;
			}
		}
	}

	private static void readRow(String file, ColumnIndex<ScraperChatColumn> columns, List<String> row, long line,
			Consumer<ChatLine> messages, Consumer<RejectedLine> rejected) {
		String sender = ExportCell.text(columns.cell(row, SENDER));
		String content = columns.cell(row, MESSAGE).replace("\r\n", "\n").strip();
		String stamp = ExportCell.text(columns.cell(row, DATE)) + " " + ExportCell.text(columns.cell(row, TIME));
		if (sender.isEmpty()) {
			rejected.accept(new RejectedLine(file, line, "发话者", "is empty"));
			return;
		}
		LocalDateTime sentAt;
		try {
			sentAt = ExportCell.dateTime(stamp);
		}
		catch (CellFormatException ex) {
			rejected.accept(new RejectedLine(file, line, "日期/时间", ex.getMessage()));
			return;
		}
		if (sentAt == null || content.isEmpty()) {
			rejected.accept(new RejectedLine(file, line, sentAt == null ? "日期/时间" : "消息", "is empty"));
			return;
		}
		String peer = ExportCell.text(columns.cell(row, PEER));
		String receiver = peer.isEmpty() || peer.equals(sender) ? null : peer;
		messages.accept(new ChatLine(line, sender, receiver, sentAt, content, false));
	}
}
