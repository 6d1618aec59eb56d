package io.kefu.ingest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsExportUnitTests {

	private static final Column ORDER_NO = Column.required("订单号");

	private static final Column CREATED = Column.required("下单时间");

	private static final Column AMOUNT = Column.optional("应付金额");

	private final List<String> read = new ArrayList<>();

	@TempDir
	Path dir;

	private Path workbook(String name) throws IOException {
		Path file = dir.resolve(name);
		try (HSSFWorkbook book = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = book.createSheet("订单");
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("m/d/yy h:mm"));
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("订单号");
			header.createCell(1).setCellValue("应付金额 ");
			header.createCell(2).setCellValue("下单时间");
			Row text = sheet.createRow(1);
			text.createCell(0).setCellValue("250123456789");
			text.createCell(1).setCellValue(378.5);
			text.createCell(2).setCellValue(LocalDateTime.of(2024, 3, 5, 21, 15));
			text.getCell(2).setCellStyle(date);
			Row number = sheet.createRow(3);
			number.createCell(0).setCellValue(250123456790d);
			number.createCell(2).setCellValue("2024-03-05 21:16:00");
			Row mangled = sheet.createRow(4);
			mangled.createCell(0).setCellValue(1930679858112346d);
			book.write(out);
		}
		return file;
	}

	private void readAll(Path file) throws IOException {
		ExportTable.read(file, List.of(ORDER_NO, CREATED, AMOUNT),
				(columns, row, line) -> read.add(line + "|" + columns.cell(row, ORDER_NO) + "|"
						+ columns.cell(row, AMOUNT) + "|" + columns.cell(row, CREATED)),
				error -> read.add(error.toString()));
	}

	@Test
	void readsRowsWithTheirSheetRowNumbersAndIsoDates() throws IOException {
		readAll(workbook("订单导出.xls"));

		assertThat(read).hasSize(3);
		assertThat(read.get(0)).isEqualTo("2|250123456789|378.5|2024-03-05 21:15:00");
	}

	@Test
	void recognisesTheWorkbookByItsContentWhateverItsName() throws IOException {
		readAll(workbook("订单导出.csv"));

		assertThat(read).first().isEqualTo("2|250123456789|378.5|2024-03-05 21:15:00");
	}

	@Test
	void aWholeNumberCellThatKeptItsDigitsIsWrittenInFull() throws IOException {
		readAll(workbook("订单导出.xls"));

		assertThat(read.get(1)).isEqualTo("4|250123456790||2024-03-05 21:16:00");
	}

	@Test
	void aNumberTooLongForADoubleShowsAsTheSheetDoesAndIsRefusedAsMangled() throws IOException {
		readAll(workbook("订单导出.xls"));

		String orderNo = read.get(2).split("\\|")[1];
		assertThat(orderNo).startsWith("1.93");
		assertThat(EnglishErrors.reason(catchThrowable(() -> ExportCell.orderNo(orderNo)))).contains("lost digits");
	}

	@Test
	void anEmptyWorkbookLacksEveryRequiredColumn() throws IOException {
		Path file = SheetFile.xls(dir.resolve("空.xls"), List.of());

		assertThatThrownBy(() -> readAll(file)).isInstanceOf(MissingColumnsException.class)
			.hasMessageStartingWith("missing required columns 订单号, 下单时间");
	}

	@Test
	void aFileThatIsNoWorkbookSaysSo() throws IOException {
		Path notAWorkbook = dir.resolve("orders.xls");
		Files.write(notAWorkbook, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3 });
		assertThatThrownBy(() -> XlsExport.read(notAWorkbook, List.of(ORDER_NO), (columns, row, line) -> read.add("")))
			.isInstanceOf(IOException.class);
	}

}
