package io.kefu.reception.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.kefu.reception.ArchivedMessage;
import io.kefu.shop.Shop;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * Archived messages as a sheet, a row a message, conversation by conversation: written as
 * it goes (POI's streaming workbook), so an export of thousands of conversations stays
 * small in memory.
 */
final class ArchiveWorkbook {

	private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final String[] COLUMNS = { "conversation", "day", "time", "buyer", "direction", "agent", "kind",
			"content" };

	private static final int[] WIDTHS = { 12, 12, 20, 20, 8, 14, 10, 80 };

	private ArchiveWorkbook() {
	}

	static byte[] of(Shop shop, List<ArchivedMessage> found, MessageSource messages, Locale locale) {
		SXSSFWorkbook book = new SXSSFWorkbook(200);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(messages.getMessage("archiveWorkbook.sheet", null, locale));
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int c = 0; c < COLUMNS.length; c++) {
				header.createCell(c).setCellValue(messages.getMessage("archiveWorkbook." + COLUMNS[c], null, locale));
				header.getCell(c).setCellStyle(bold);
				sheet.setColumnWidth(c, WIDTHS[c] * 256);
			}
			sheet.createFreezePane(0, 1);
			int r = 1;
			for (ArchivedMessage m : found) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(m.conversationId());
				row.createCell(1).setCellValue(shop.businessDay(m.sentAt()).toString());
				row.createCell(2).setCellValue(LocalDateTime.ofInstant(m.sentAt(), shop.timeZone()).format(SECOND));
				row.createCell(3).setCellValue(m.buyerNick());
				row.createCell(4)
					.setCellValue(messages.getMessage("archive.direction." + m.direction().name(), null, locale));
				row.createCell(5).setCellValue(m.agentName() == null ? "" : m.agentName());
				row.createCell(6).setCellValue(messages.getMessage("archive.kind." + m.kind().name(), null, locale));
				row.createCell(7).setCellValue(m.content());
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Writing a workbook in memory cannot fail", ex);
		}
		finally {
			book.dispose();
		}
	}

}
