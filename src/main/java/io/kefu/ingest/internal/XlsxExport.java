package io.kefu.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the first sheet of an exported {@code .xlsx} row by row, so that memory does
 * not grow with the file: the workbook is opened from its file (parts are inflated as
 * they are read, never copied whole), the sheet is parsed with SAX, the shared texts are
 * spooled to disk ({@link SpooledSharedStrings}), and {@link WorkbookGuard},
 * {@link SheetLimits} and {@link MarkupLimit} refuse what no real export holds. The first
 * non-empty row is the header, later rows go to the {@link RowReader} with their sheet
 * row number. Date cells come as {@code yyyy-MM-dd HH:mm:ss}; other cells as the sheet
 * shows them.
 */
final class XlsxExport {

	private XlsxExport() {
	}

	/**
	 * @throws MissingColumnsException when the header row lacks a required column, or the
	 * sheet is empty
	 * @throws ImportLimitException when the workbook goes over a cap
	 * @throws IOException when the file is not a readable {@code .xlsx}
	 */
	static void read(Path file, List<Column> columns, RowReader rows) throws IOException {
		Rows handler = new Rows(columns, rows);
		parseFirstSheet(file, handler, columns);
		handler.requireHeader();
	}

	/** Hands on the first non-empty row of the first sheet, reading no further. */
	static void readHeader(Path file, Consumer<List<String>> header) throws IOException {
		Rows handler = new Rows(List.of(), (columns, row, line) -> {
		}) {
			@Override
			void headerRead(List<String> cells) {
				header.accept(cells);
				throw new HeaderRead();
			}
		};
		try {
			parseFirstSheet(file, handler, List.of());
		}
		catch (HeaderRead done) {
			// the rest of the sheet is not needed
		}
	}

	private static void parseFirstSheet(Path file, Rows handler, List<Column> columns) throws IOException {
		WorkbookGuard.check(file);
		try (OPCPackage xlsx = OPCPackage.open(file.toFile(), PackageAccess.READ);
				SpooledSharedStrings strings = SpooledSharedStrings.of(xlsx)) {
			Iterator<InputStream> sheets = new XSSFReader(xlsx).getSheetsData();
			if (!sheets.hasNext()) {
				throw new MissingColumnsException(columns.stream().filter(Column::required).map(Column::name).toList(),
						List.of());
			}
			try (InputStream sheet = WorkbookGuard.capped(sheets.next(), "xl/worksheets",
					ImportLimits.MAX_SHEET_BYTES)) {
				SheetLimits limits = new SheetLimits(
						new XSSFSheetXMLHandler(styles(xlsx), strings, handler, new IsoDates(), false));
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(limits);
				parser.parse(new InputSource(new MarkupLimit(sheet, limits::row)));
			}
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
				| IllegalArgumentException ex) {
			// POI's words for a corrupt workbook; a shared text that is not there
			// included
			throw new IOException("not a readable .xlsx workbook: " + ex.getMessage(), ex);
		}
	}

	/** The number and date formats of the cells; a workbook may have none. */
	private static @Nullable StylesTable styles(OPCPackage xlsx) throws IOException {
		List<PackagePart> parts = xlsx.getPartsByContentType(XSSFRelation.STYLES.getContentType());
		if (parts.isEmpty()) {
			return null;
		}
		String name = parts.get(0).getPartName().getName();
		try (InputStream in = WorkbookGuard.capped(parts.get(0).getInputStream(), name, WorkbookGuard.capOf(name))) {
			return new StylesTable(in);
		}
	}

	/** Collects each row's cells at their column positions and hands complete rows on. */
	private static class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final List<Column> columns;

		private final RowReader rows;

		private final List<String> cells = new ArrayList<>();

		private long row;

		private @Nullable ColumnIndex index;

		Rows(List<Column> columns, RowReader rows) {
			this.columns = columns;
			this.rows = rows;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
			row = rowNum + 1L;
		}

		@Override
		public void endRow(int rowNum) {
			if (cells.stream().allMatch(String::isBlank)) {
				return;
			}
			ImportLimits.checkRow(cells, row);
			if (index == null) {
				headerRead(List.copyOf(cells));
				index = ColumnIndex.of(columns, List.copyOf(cells));
			}
			else {
				rows.read(index, List.copyOf(cells), row);
			}
		}

		@Override
		public void cell(String reference, String formattedValue, XSSFComment comment) {
			int column = reference == null ? cells.size() : new CellReference(reference).getCol();
			if (column >= ImportLimits.MAX_COLUMNS) {
				throw ImportLimitException.tooManyColumns(row);
			}
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(formattedValue == null ? "" : formattedValue);
		}

		void headerRead(List<String> cells) {
			// reading the whole table: the header only locates the columns
		}

		void requireHeader() {
			if (index == null) {
				throw new MissingColumnsException(columns.stream().filter(Column::required).map(Column::name).toList(),
						List.of());
			}
		}

	}

	/** Stops the parser once the header row is read. */
	private static final class HeaderRead extends RuntimeException {

		HeaderRead() {
			super(null, null, false, false);
		}

	}

	/**
	 * Shows date cells in one unambiguous form, whatever the sheet's own date format
	 * says.
	 */
	private static final class IsoDates extends DataFormatter {

		private static final double EXACT_DIGITS = 1e15;

		private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value).format(ISO);
			}
			// a whole number that kept all its digits (a JD order number, say) is written
			// in full,
			// where "General" would show 2.50123E+11 and make it look mangled
			if (value == Math.rint(value) && Math.abs(value) < EXACT_DIGITS) {
				return BigDecimal.valueOf(value).toBigInteger().toString();
			}
			return super.formatRawCellContents(value, formatIndex, formatString);
		}

	}

}
