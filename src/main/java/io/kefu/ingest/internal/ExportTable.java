package io.kefu.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import io.kefu.ingest.ImportError;

/**
 * A table-shaped export, whatever its container: a workbook ({@code .xlsx}, recognised by
 * its zip signature, or {@code .xls}, by its OLE2 signature; not by the name, since users
 * rename files) or CSV text in any of the encodings the exports use. Every row is held to
 * the caps of {@link ImportLimits}, and a row with a control character in a column that
 * is read is rejected before its reader sees it.
 */
final class ExportTable {

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private ExportTable() {
	}

	/**
	 * @throws MissingColumnsException when the header row lacks a required column
	 * @throws ImportLimitException when the file goes over a cap
	 */
	static void read(Path file, List<Column> columns, RowReader rows, Consumer<ImportError> rejected)
			throws IOException {
		String name = file.getFileName().toString();
		RowReader checked = (index, row, line) -> index.controlCharacter(row)
			.ifPresentOrElse(found -> rejected.accept(found.error(name, line)), () -> rows.read(index, row, line));
		if (isZip(file)) {
			XlsxExport.read(file, columns, checked);
		}
		else if (isOle2(file)) {
			XlsExport.read(file, columns, checked);
		}
		else {
			try (BoundedReader reader = TextEncoding.of(file).openRecords(file)) {
				CsvExport.read(reader, columns, checked);
			}
		}
	}

	/**
	 * The first row of the table: the headers, for telling formats apart. Empty when the
	 * file is no table (or an unreadable workbook).
	 * @throws ImportLimitException when the file is a workbook over a cap: it would be no
	 * better as any other format
	 */
	static List<String> headerRow(Path file) throws IOException {
		List<List<String>> header = new ArrayList<>();
		try {
			if (isZip(file)) {
				XlsxExport.readHeader(file, header::add);
			}
			else if (isOle2(file)) {
				header.add(XlsExport.readHeader(file));
			}
			else {
				try (BoundedReader reader = TextEncoding.of(file).openRecords(file)) {
					CsvExport.readHeader(reader, header::add);
				}
			}
		}
		catch (ImportLimitException ex) {
			if (isZip(file) || isOle2(file)) {
				throw ex;
			}
			// text that is no CSV can run on as one unterminated quoted cell
			return List.of();
		}
		catch (IOException | RuntimeException ex) {
			return List.of();
		}
		return header.isEmpty() ? List.of() : header.get(0);
	}

	static boolean isZip(Path file) throws IOException {
		byte[] head = head(file, 4);
		return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
	}

	/**
	 * The OLE2 compound document signature that every binary {@code .xls} starts with.
	 */
	static boolean isOle2(Path file) throws IOException {
		return Arrays.equals(head(file, OLE2.length), OLE2);
	}

	private static byte[] head(Path file, int length) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(length);
		}
	}

}
