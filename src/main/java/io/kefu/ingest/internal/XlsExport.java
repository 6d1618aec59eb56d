package io.kefu.ingest.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.RecordFormatException;

/**
 * Reads the first sheet of an old binary Excel {@code .xls} (what JD exports) row by row:
 * the first non-empty row is the header, later rows go to the {@link RowReader} with
 * their sheet row number. Date cells come as {@code yyyy-MM-dd HH:mm:ss}, like
 * {@link XlsxExport}.
 * <p>
 * The whole workbook is loaded (HSSF usermodel) rather than streamed: the {@code .xls}
 * format caps a sheet at 65,536 rows, so the memory it takes is bounded, and the event
 * API would cost far more code for no real gain. What bounds it is the file's size, which
 * is capped ({@link ImportLimits#MAX_XLS_BYTES}); the file is read in place, not copied
 * into memory first.
 */
final class XlsExport {

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	// a double holds every integer of up to 15 digits exactly, as Excel does
	private static final double EXACT_DIGITS = 1e15;

	private XlsExport() {
	}

	/**
	 * @throws MissingColumnsException when the header row lacks a required column, or the
	 * sheet is empty
	 * @throws IOException when the file is not a readable {@code .xls}
	 */
	static void read(Path file, List<Column> columns, RowReader rows) throws IOException {
		try (HSSFWorkbook book = open(file)) {
			DataFormatter formatter = new DataFormatter();
			ColumnIndex index = null;
			Iterable<Row> sheet = (book.getNumberOfSheets() > 0) ? book.getSheetAt(0) : List.of();
			for (Row row : sheet) {
				List<String> cells = cells(row, formatter);
				if (cells.stream().allMatch(String::isBlank)) {
					continue;
				}
				ImportLimits.checkRow(cells, row.getRowNum() + 1L);
				if (index == null) {
					index = ColumnIndex.of(columns, cells);
				}
				else {
					rows.read(index, cells, row.getRowNum() + 1L);
				}
			}
			if (index == null) {
				throw new MissingColumnsException(columns.stream().filter(Column::required).map(Column::name).toList(),
						List.of());
			}
		}
	}

	/** The first non-empty row of the first sheet, or an empty list. */
	static List<String> readHeader(Path file) throws IOException {
		try (HSSFWorkbook book = open(file)) {
			DataFormatter formatter = new DataFormatter();
			Iterable<Row> sheet = (book.getNumberOfSheets() > 0) ? book.getSheetAt(0) : List.of();
			for (Row row : sheet) {
				List<String> cells = cells(row, formatter);
				if (!cells.stream().allMatch(String::isBlank)) {
					return cells;
				}
			}
			return List.of();
		}
	}

	/**
	 * @throws ImportLimitException when the file is larger than an {@code .xls} export
	 * can be
	 */
	private static HSSFWorkbook open(Path file) throws IOException {
		if (Files.size(file) > ImportLimits.MAX_XLS_BYTES) {
			throw new ImportLimitException(0, "imports.error.xlsTooLarge",
					ImportLimits.megabytes(ImportLimits.MAX_XLS_BYTES));
		}
		POIFSFileSystem document = null;
		try {
			document = new POIFSFileSystem(file.toFile(), true);
			return new HSSFWorkbook(document);
		}
		catch (IllegalArgumentException | IllegalStateException | RecordFormatException
				| IndexOutOfBoundsException ex) {
			// POI's words for a corrupt or foreign file, UnsupportedFileFormatException
			// included
			if (document != null) {
				document.close();
			}
			throw new IOException("not a readable .xls workbook: " + ex.getMessage(), ex);
		}
	}

	private static List<String> cells(Row row, DataFormatter formatter) {
		List<String> cells = new ArrayList<>();
		for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
			Cell cell = row.getCell(c);
			cells.add((cell != null) ? text(cell, formatter) : "");
		}
		return cells;
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell.getCellType() == CellType.NUMERIC) {
			if (DateUtil.isCellDateFormatted(cell)) {
				return cell.getLocalDateTimeCellValue().format(ISO);
			}
			double value = cell.getNumericCellValue();
			// a whole number that kept all its digits (an order number, say) is written
			// in full,
			// where "General" would show 2.56789E+11 and make it look mangled
			if (value == Math.rint(value) && Math.abs(value) < EXACT_DIGITS) {
				return BigDecimal.valueOf(value).toBigInteger().toString();
			}
		}
		return formatter.formatCellValue(cell);
	}

}
