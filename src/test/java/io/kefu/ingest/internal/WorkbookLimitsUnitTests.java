package io.kefu.ingest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.kefu.ingest.ImportError;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Workbooks no real export is: each is refused with the reason and, where it lies in a
 * row, the row, before its content is held in memory.
 */
class WorkbookLimitsUnitTests {

	private static final Column ORDER_NO = Column.required("订单编号");

	private static final Column BUYER = Column.optional("买家会员名");

	@TempDir
	Path dir;

	private final List<String> read = new ArrayList<>();

	private final List<ImportError> rejected = new ArrayList<>();

	@Test
	void aSheetThatInflatesAThousandTimesIsRefusedAsAZipBombBeforeItIsRead() throws IOException {
		Path bomb = RawWorkbook.bomb(dir.resolve("orders.xlsx"), 1L << 30);

		ImportLimitException refused = catchThrowableOfType(ImportLimitException.class, () -> readAll(bomb));

		assertThat(EnglishErrors.text(refused.error("orders.xlsx")))
			.startsWith("orders.xlsx: the workbook’s part xl/worksheets/sheet1.xml would inflate ")
			.endsWith(" times, more than the 100 a real export does (a zip bomb?); nothing of the file was imported");
		assertThat(read).isEmpty();
	}

	@Test
	void aZipBombWhoseDirectoryLiesIsCaughtAsItInflates() throws IOException {
		Path bomb = RawWorkbook.bomb(dir.resolve("orders.xlsx"), 200L << 20);
		RawWorkbook.forgeSheetSize(bomb, 1000);

		assertThatThrownBy(() -> readAll(bomb)).isInstanceOf(IOException.class).hasMessageContaining("Zip bomb");
	}

	@Test
	void detectionRefusesAZipBombWithTheSameReason() throws IOException {
		Path bomb = RawWorkbook.bomb(dir.resolve("orders.xlsx"), 1L << 30);

		assertThatThrownBy(() -> FileKinds.detect(bomb, "orders.xlsx")).isInstanceOf(ImportLimitException.class);
	}

	@Test
	void aRowWithACellBeyondTheLastColumnIsRefusedAtItsRow() throws IOException {
		Path wide = RawWorkbook.write(dir.resolve("wide.xlsx"), List.of(), sheet -> {
			sheet.write(RawWorkbook.row(1, List.of("订单编号", "买家会员名")).getBytes(StandardCharsets.UTF_8));
			sheet.write(RawWorkbook.row(2, List.of("1930679858112345", "tb1")).getBytes(StandardCharsets.UTF_8));
			sheet.write(("<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>1930679858112346</t></is></c>"
					+ "<c r=\"XFD3\" t=\"inlineStr\"><is><t>far out</t></is></c></row>")
				.getBytes(StandardCharsets.UTF_8));
		});

		ImportLimitException refused = catchThrowableOfType(ImportLimitException.class, () -> readAll(wide));

		assertThat(EnglishErrors.text(refused.error("wide.xlsx"))).isEqualTo(
				"wide.xlsx:3: has more than 512 columns, the most a row may have; nothing of the file was imported");
		assertThat(read).containsExactly("2|1930679858112345|tb1");
	}

	@Test
	void aCellLongerThanALineIsRefusedAtItsRowWhileItIsParsed() throws IOException {
		Path longCell = RawWorkbook.write(dir.resolve("long.xlsx"), List.of(), sheet -> {
			sheet.write(RawWorkbook.row(1, List.of("订单编号", "买家会员名")).getBytes(StandardCharsets.UTF_8));
			// split by markup every few characters, as rich text runs are
			String runs = "<r><t>买家留言很长</t></r>".repeat(5000);
			sheet.write(("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is>" + runs + "</is></c></row>")
				.getBytes(StandardCharsets.UTF_8));
		});

		ImportLimitException refused = catchThrowableOfType(ImportLimitException.class, () -> readAll(longCell));

		assertThat(refused.line()).isEqualTo(2);
		assertThat(EnglishErrors.text(refused.error("long.xlsx")))
			.isEqualTo("long.xlsx:2: is longer than 16,384 characters, the most a line may have; "
					+ "nothing of the file was imported");
	}

	@Test
	void aSharedTextLongerThanALineIsRefusedAtTheRowThatShowsIt() throws IOException {
		Path longText = RawWorkbook.write(dir.resolve("long.xlsx"), List.of("订单编号", "x".repeat(40_000)), sheet -> {
			sheet.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>".getBytes(StandardCharsets.UTF_8));
			sheet.write("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>".getBytes(StandardCharsets.UTF_8));
		});

		ImportLimitException refused = catchThrowableOfType(ImportLimitException.class, () -> readAll(longText));

		assertThat(refused.line()).isEqualTo(2);
	}

	@Test
	void aTagWithAGiantAttributeIsRefusedBeforeTheParserHoldsIt() throws IOException {
		Path giant = RawWorkbook.write(dir.resolve("giant.xlsx"), List.of(), sheet -> {
			sheet.write(RawWorkbook.row(1, List.of("订单编号")).getBytes(StandardCharsets.UTF_8));
			sheet.write("<row r=\"2\" spans=\"".getBytes(StandardCharsets.UTF_8));
			sheet.write("1".repeat(10_000_000).getBytes(StandardCharsets.UTF_8));
			sheet.write("\"></row>".getBytes(StandardCharsets.UTF_8));
		});

		assertThatThrownBy(() -> readAll(giant)).isInstanceOf(ImportLimitException.class);
	}

	@Test
	void sharedTextsAreReadFromDiskWithExcelsEscapesUndone() throws IOException {
		Path book = RawWorkbook.write(dir.resolve("book.xlsx"),
				List.of("订单编号", "买家会员名", "1930679858112345", "tb_x005F_1"), sheet -> {
					sheet.write(("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
							+ "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" t=\"s\"><v>3</v></c></row>")
						.getBytes(StandardCharsets.UTF_8));
				});

		readAll(book);

		assertThat(read).containsExactly("2|1930679858112345|tb_1");
	}

	@Test
	void aControlCharacterInACellThatIsReadRejectsItsLineNamingTheColumn() throws IOException {
		Path book = RawWorkbook.write(dir.resolve("book.xlsx"), List.of(), sheet -> {
			sheet.write(RawWorkbook.row(1, List.of("订单编号", "买家会员名", "备注")).getBytes(StandardCharsets.UTF_8));
			sheet.write(
					RawWorkbook.row(2, List.of("1930679858112345", "tb_x0000_1", "")).getBytes(StandardCharsets.UTF_8));
			sheet.write(
					RawWorkbook.row(3, List.of("1930679858112346", "tb2", "_x0007_")).getBytes(StandardCharsets.UTF_8));
		});

		readAll(book);

		assertThat(rejected).extracting(EnglishErrors::text)
			.containsExactly("book.xlsx:2: 买家会员名: holds the control character U+0000, which no text has; "
					+ "remove it and import the file again");
		assertThat(read).containsExactly("3|1930679858112346|tb2");
	}

	@Test
	void anXlsLargerThanTheFormatAllowsIsRefusedUnread() throws IOException {
		Path xls = dir.resolve("orders.xls");
		Files.write(xls, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1 });
		try (var channel = java.nio.channels.FileChannel.open(xls, java.nio.file.StandardOpenOption.WRITE)) {
			channel.truncate(ImportLimits.MAX_XLS_BYTES + 1);
			channel.write(java.nio.ByteBuffer.wrap(new byte[] { 0 }), ImportLimits.MAX_XLS_BYTES);
		}

		ImportLimitException refused = catchThrowableOfType(ImportLimitException.class, () -> readAll(xls));

		assertThat(EnglishErrors.text(refused.error("orders.xls"))).isEqualTo(
				"orders.xls: an .xls workbook may be at most 64 MB; save it as .xlsx or CSV; nothing of the file was imported");
	}

	private void readAll(Path file) throws IOException {
		ExportTable
			.read(file, List.of(ORDER_NO, BUYER),
					(columns, row, line) -> read
						.add(line + "|" + columns.cell(row, ORDER_NO) + suffix(columns.cell(row, BUYER))),
					rejected::add);
	}

	private static String suffix(String buyer) {
		return buyer.isEmpty() ? "" : "|" + buyer;
	}

}
