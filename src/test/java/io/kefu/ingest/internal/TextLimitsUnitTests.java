package io.kefu.ingest.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.kefu.ingest.ImportError;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * CSV and chat text no real export is: a line too long or too wide is refused with its
 * line before it is held in memory whole; a control character rejects its line.
 */
class TextLimitsUnitTests {

	private static final Column ORDER_NO = Column.required("订单编号");

	private static final Column BUYER = Column.optional("买家会员名");

	@TempDir
	Path dir;

	private final List<String> read = new ArrayList<>();

	private final List<ImportError> rejected = new ArrayList<>();

	@Test
	void aRowWiderThanTheCapStopsTheFileAtItsLine() throws IOException {
		Path csv = write("orders.csv", "订单编号,买家会员名\r\n1930679858112345,tb1\r\n1930679858112346,tb2" + ",".repeat(600)
				+ "\r\n1930679858112347,tb3\r\n");

		ImportLimitException refused = catchThrowableOfType(ImportLimitException.class, () -> readAll(csv));

		assertThat(EnglishErrors.text(refused.error("orders.csv"))).isEqualTo(
				"orders.csv:3: has more than 512 columns, the most a row may have; nothing of the file was imported");
		assertThat(read).containsExactly("2|1930679858112345");
	}

	@Test
	void aQuotedCellThatRunsOnIsRefusedAtTheLineItStarts() throws IOException {
		Path csv = dir.resolve("orders.csv");
		try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			out.write("订单编号,买家会员名\r\n1930679858112345,tb1\r\n1930679858112346,\"tb2");
			// short lines, so only the record's length can tell
			for (int i = 0; i < 200_000; i++) {
				out.write("\r\n留言");
			}
		}

		ImportLimitException refused = catchThrowableOfType(ImportLimitException.class, () -> readAll(csv));

		assertThat(refused.line()).isEqualTo(3);
		assertThat(EnglishErrors.text(refused.error("orders.csv"))).isEqualTo(
				"orders.csv:3: is longer than 16,384 characters, the most a line may have; nothing of the file was imported");
	}

	@Test
	void aChatLineLongerThanTheCapIsRefusedWithItsNumber() throws IOException {
		Path chat = write("chat.txt",
				"买家甲 2026-3-2 10:00:00\r\n在吗\r\n买家甲 2026-3-2 10:00:05\r\n" + "啊".repeat(20_000) + "\r\n");

		ImportLimitException refused = catchThrowableOfType(ImportLimitException.class, () -> {
			try (BufferedReader reader = TextEncoding.of(chat).open(chat)) {
				QianniuClipboardChat.read(reader, line -> read.add(line.content()));
			}
		});

		assertThat(refused.line()).isEqualTo(4);
	}

	@Test
	void aChatFileOfOneGiantLineIsRefusedWhileItsKindIsSought() throws IOException {
		Path chat = write("chat.txt", "x".repeat(100_000));

		ImportLimitException refused = catchThrowableOfType(ImportLimitException.class,
				() -> FileKinds.detect(chat, "chat.txt"));

		assertThat(refused.line()).isEqualTo(1);
	}

	@Test
	void aControlCharacterInAColumnThatIsReadRejectsItsLineNamingTheHeader() throws IOException {
		Path csv = write("orders.csv",
				"订单编号,买家会员名 ,备注\r\n1930679858112345,tb\u00001,\r\n1930679858112346,tb2,\u0007\r\n"
						+ "1930679858112347,\ttb3\t,\r\n");

		readAll(csv);

		assertThat(rejected).extracting(EnglishErrors::text)
			.containsExactly("orders.csv:2: 买家会员名: holds the control character U+0000, which no text has; "
					+ "remove it and import the file again");
		// the bell is in a column no import reads; TABs are text
		assertThat(read).containsExactly("3|1930679858112346", "4|1930679858112347");
	}

	@Test
	void aMissingColumnsErrorEchoesAtMostTwoHundredCharactersOfTheHeaders() throws IOException {
		Path csv = write("orders.csv", String.join(",", Collections.nCopies(100, "很长的列名")) + "\r\n1,2\r\n");

		MissingColumnsException missing = catchThrowableOfType(MissingColumnsException.class, () -> readAll(csv));

		String echoed = missing.error("orders.csv").args().get(1);
		assertThat(echoed).hasSize(ImportError.MAX_ECHO).endsWith("…");
	}

	@Test
	void anEchoShowsControlCharactersAsReplacements() {
		assertThat(ImportError.echo("订单\u0000编号\t")).isEqualTo("订单\uFFFD编号\t");
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
	}

	private void readAll(Path file) throws IOException {
		ExportTable.read(file, List.of(ORDER_NO, BUYER),
				(columns, row, line) -> read.add(line + "|" + columns.cell(row, ORDER_NO)), rejected::add);
	}

}
