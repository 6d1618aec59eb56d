package io.kefu.ingest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a small workbook the way the back-ends do: every cell as text, so that tests
 * describe exports as tables of strings; {@code null} leaves a cell out.
 */
final class SheetFile {

	private SheetFile() {
	}

	static Path xls(Path file, List<List<String>> rows) throws IOException {
		return write(new HSSFWorkbook(), file, rows);
	}

	static Path xlsx(Path file, List<List<String>> rows) throws IOException {
		return write(new XSSFWorkbook(), file, rows);
	}

	private static Path write(Workbook book, Path file, List<List<String>> rows) throws IOException {
		try (book; OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = book.createSheet("订单");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				List<String> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					if (cells.get(c) != null) {
						row.createCell(c).setCellValue(cells.get(c));
					}
				}
			}
			book.write(out);
		}
		return file;
	}

}
