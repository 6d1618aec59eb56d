package io.kefu.followup.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * One sheet of a register (the supervisor's spreadsheets of seed 000): a bold header row
 * of translated labels, a line per item, the first column frozen.
 */
final class RegisterWorkbook {

	private RegisterWorkbook() {
	}

	static <T> byte[] of(MessageSource messages, Locale locale, String sheetName, List<String> headers, List<T> items,
			BiConsumer<Row, T> line) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(messages.getMessage(sheetName, null, locale));
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(messages.getMessage(headers.get(i), null, locale));
				header.getCell(i).setCellStyle(bold);
			}
			int index = 1;
			for (T item : items) {
				line.accept(sheet.createRow(index++), item);
			}
			sheet.createFreezePane(1, 1);
			for (int i = 0; i < headers.size(); i++) {
				sheet.setColumnWidth(i, 20 * 256);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
