package io.kefu.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the first sheet of an exported {@code .xlsx} row by row (SAX, so memory does
 * not grow with the file): the first non-empty row is the header, later rows go to the
 * {@link RowReader} with their sheet row number. Date cells come as
 * {@code yyyy-MM-dd HH:mm:ss}; other cells as the sheet shows them.
 */
final class XlsxExport {

	private XlsxExport() {
	}

	/**
	 * @throws MissingColumnsException when the header row lacks a required column, or the
	 * sheet is empty
	 * @throws IOException when the file is not a readable {@code .xlsx}
	 */
	static void read(InputStream in, List<Column> columns, RowReader rows) throws IOException {
		Rows handler = new Rows(columns, rows);
		parseFirstSheet(in, handler, columns);
		handler.requireHeader();
	}

	/** Hands on the first non-empty row of the first sheet, reading no further. */
	static void readHeader(InputStream in, Consumer<List<String>> header) throws IOException {
		Rows handler = new Rows(List.of(), (columns, row, line) -> {
		}) {
			@Override
			void headerRead(List<String> cells) {
				header.accept(cells);
				throw new HeaderRead();
			}
		};
		try {
			parseFirstSheet(in, handler, List.of());
		}
		catch (HeaderRead done) {
			// the rest of the sheet is not needed
		}
	}

	private static void parseFirstSheet(InputStream in, Rows handler, List<Column> columns) throws IOException {
		try (OPCPackage xlsx = OPCPackage.open(in)) {
			XSSFReader reader = new XSSFReader(xlsx);
			StylesTable styles = reader.getStylesTable();
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(xlsx);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new MissingColumnsException(columns.stream().filter(Column::required).map(Column::name).toList(),
						List.of());
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, handler, new IsoDates(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException | UnsupportedFileFormatException ex) {
			throw new IOException("not a readable .xlsx workbook: " + ex.getMessage(), ex);
		}
	}

	/** Collects each row's cells at their column positions and hands complete rows on. */
	private static class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final List<Column> columns;

		private final RowReader rows;

		private final List<String> cells = new ArrayList<>();

		private ColumnIndex index;

		Rows(List<Column> columns, RowReader rows) {
			this.columns = columns;
			this.rows = rows;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			if (cells.stream().allMatch(String::isBlank)) {
				return;
			}
			if (index == null) {
				headerRead(List.copyOf(cells));
				index = ColumnIndex.of(columns, List.copyOf(cells));
			}
			else {
				rows.read(index, List.copyOf(cells), rowNum + 1L);
			}
		}

		@Override
		public void cell(String reference, String formattedValue, XSSFComment comment) {
			int column = new CellReference(reference).getCol();
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
