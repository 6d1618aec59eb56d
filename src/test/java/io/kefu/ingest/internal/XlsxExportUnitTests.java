package io.kefu.ingest.internal;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxExportUnitTests {

	private static final Column ORDER_NO = Column.required("订单编号");

	private static final Column CREATED = Column.required("订单创建时间");

	private static final Column AMOUNT = Column.optional("买家实付金额");

	private final List<String> read = new ArrayList<>();

	@TempDir
	Path dir;

	private Path workbook() throws IOException {
		Path file = dir.resolve("订单导出.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = book.createSheet("订单");
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("m/d/yy h:mm"));
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("订单编号");
			header.createCell(1).setCellValue("买家实付金额 ");
			header.createCell(2).setCellValue("订单创建时间");
			Row first = sheet.createRow(1);
			first.createCell(0).setCellValue("1930679858112345");
			first.createCell(1).setCellValue(378.5);
			first.createCell(2).setCellValue(LocalDateTime.of(2024, 3, 5, 21, 15));
			first.getCell(2).setCellStyle(date);
			Row mangled = sheet.createRow(3);
			mangled.createCell(0).setCellValue(1930679858112346d);
			mangled.createCell(2).setCellValue("2024-03-05 21:16:00");
			book.write(out);
		}
		return file;
	}

	@Test
	void streamsRowsWithTheirSheetRowNumbersAndIsoDates() throws IOException {
		XlsxExport.read(workbook(), List.of(ORDER_NO, CREATED, AMOUNT), (columns, row, line) -> read.add(line + "|"
				+ columns.cell(row, ORDER_NO) + "|" + columns.cell(row, AMOUNT) + "|" + columns.cell(row, CREATED)));

		assertThat(read).hasSize(2);
		assertThat(read.get(0)).isEqualTo("2|1930679858112345|378.5|2024-03-05 21:15:00");
		assertThat(read.get(1)).startsWith("4|1.93");
	}

	@Test
	void aNumberCellHoldingAnOrderNumberIsRefusedAsMangled() throws IOException {
		XlsxExport.read(workbook(), List.of(ORDER_NO, CREATED),
				(columns, row, line) -> read.add(columns.cell(row, ORDER_NO)));

		assertThat(EnglishErrors.reason(catchThrowable(() -> ExportCell.orderNo(read.get(1))))).contains("lost digits");
	}

	@Test
	void aFileThatIsNoWorkbookSaysSo() throws IOException {
		Path notAWorkbook = dir.resolve("orders.xlsx");
		Files.writeString(notAWorkbook, "订单编号,金额");
		assertThatThrownBy(() -> XlsxExport.read(notAWorkbook, List.of(ORDER_NO), (columns, row, line) -> read.add("")))
			.isInstanceOf(IOException.class);
	}

}
