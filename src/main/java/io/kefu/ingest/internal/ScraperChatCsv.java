package io.kefu.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

import io.kefu.ingest.ImportError;

import static io.kefu.ingest.internal.ScraperChatColumns.*;

/**
 * Reads layout C of FORMATS.md: one message a row with 日期, 时间, 发话者 and 消息, grouped into
 * conversations by 会话ID; 对象 gives the sender's side or the buyer, which
 * {@link ScraperConversations} sorts out. Each message reaches {@code messages} with its
 * side, and a shop's message with its buyer as receiver.
 */
final class ScraperChatCsv {

	private ScraperChatCsv() {
	}

	/**
	 * @throws MissingColumnsException when the header row lacks a required column
	 */
	static void read(Path file, Consumer<ChatLine> messages, Consumer<ImportError> rejected) throws IOException {
		String name = file.getFileName().toString();
		ScraperConversations conversations = new ScraperConversations(name, messages, rejected);
		ExportTable.read(file, ALL, (columns, row, line) -> readRow(name, columns, row, line, conversations, rejected),
				rejected);
		conversations.finish();
	}

	private static void readRow(String file, ColumnIndex columns, List<String> row, long line,
			ScraperConversations conversations, Consumer<ImportError> rejected) {
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
		String conversation = ExportCell.text(columns.cell(row, CONVERSATION));
		conversations.accept(conversation.isEmpty() ? null : conversation,
				new ChatLine(line, sender, null, sentAt, content, false), ExportCell.text(columns.cell(row, PEER)));
	}

}
