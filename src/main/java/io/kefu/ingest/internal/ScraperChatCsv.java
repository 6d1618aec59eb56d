package io.kefu.ingest.internal;

import io.kefu.ingest.ImportError;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

import static io.kefu.ingest.internal.ScraperChatColumns.*;

/**
 * Reads layout C of FORMATS.md: one message a row with 日期, 时间, 发话者 and 消息; 对象 names the
 * other side. The sender is the other side's peer, so the receiver is 对象 when the sender
 * is not 对象 itself.
 */
final class ScraperChatCsv {

	private ScraperChatCsv() {
	}

	/**
	 * @throws MissingColumnsException when the header row lacks a required column
	 */
	static void read(Path file, Consumer<ChatLine> messages, Consumer<ImportError> rejected) throws IOException {
		String name = file.getFileName().toString();
		ExportTable.read(file, ALL, (columns, row, line) -> readRow(name, columns, row, line, messages, rejected));
	}

	private static void readRow(String file, ColumnIndex columns, List<String> row, long line,
			Consumer<ChatLine> messages, Consumer<ImportError> rejected) {
		String sender = ExportCell.text(columns.cell(row, SENDER));
		String content = columns.cell(row, MESSAGE).replace("\r\n", "\n").strip();
		String stamp = ExportCell.text(columns.cell(row, DATE)) + " " + ExportCell.text(columns.cell(row, TIME));
		if (sender.isEmpty()) {
			rejected.accept(RejectedLine.of(file, line, "发话者", "imports.error.empty"));
			return;
		}
		LocalDateTime sentAt;
		try {
			sentAt = ExportCell.dateTime(stamp);
		}
		catch (CellFormatException ex) {
			rejected.accept(RejectedLine.of(file, line, "日期/时间", ex));
			return;
		}
		if (sentAt == null || content.isEmpty()) {
			rejected.accept(RejectedLine.of(file, line, sentAt == null ? "日期/时间" : "消息", "imports.error.empty"));
			return;
		}
		String peer = ExportCell.text(columns.cell(row, PEER));
		String receiver = peer.isEmpty() || peer.equals(sender) ? null : peer;
		messages.accept(new ChatLine(line, sender, receiver, sentAt, content, false));
	}

}
