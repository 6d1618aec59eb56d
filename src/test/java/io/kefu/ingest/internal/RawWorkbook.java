package io.kefu.ingest.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an {@code .xlsx} part by part, as no spreadsheet program would: a sheet of
 * gigabytes that zips to megabytes, a row of a thousand columns, a cell or an attribute
 * of any length. The sheet's XML is written by the caller, streamed straight into the
 * zip, so a test builds files far larger than its heap.
 */
final class RawWorkbook {

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private RawWorkbook() {
	}

	/** Writes the rows of a sheet's {@code <sheetData>}. */
	interface SheetRows {

		void write(OutputStream sheet) throws IOException;

	}

	/**
	 * A workbook of one sheet, whose shared texts (if any) are {@code sharedStrings}.
	 */
	static Path write(Path file, List<String> sharedStrings, SheetRows rows) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(
				new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			part(zip, "[Content_Types].xml",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
							<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
							<Default Extension="xml" ContentType="application/xml"/>
							<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
							<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
							<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
							</Types>""");
			part(zip, "_rels/.rels",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
							<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
							</Relationships>""");
			part(zip, "xl/workbook.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<workbook xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
					<sheets><sheet name="订单" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(MAIN));
			part(zip, "xl/_rels/workbook.xml.rels",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
							<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
							<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
							</Relationships>""");
			StringBuilder strings = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN
					+ "\" count=\"" + sharedStrings.size() + "\" uniqueCount=\"" + sharedStrings.size() + "\">");
			sharedStrings.forEach(text -> strings.append("<si><t>").append(text).append("</t></si>"));
			part(zip, "xl/sharedStrings.xml", strings.append("</sst>").toString());
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>")
				.getBytes(StandardCharsets.UTF_8));
			rows.write(zip);
			zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return file;
	}

	/** A row of inline text cells, numbered {@code r}. */
	static String row(long r, List<String> cells) {
		StringBuilder row = new StringBuilder("<row r=\"" + r + "\">");
		for (int c = 0; c < cells.size(); c++) {
			row.append("<c r=\"").append(column(c)).append(r).append("\" t=\"inlineStr\"><is><t>");
			row.append(cells.get(c)).append("</t></is></c>");
		}
		return row.append("</row>").toString();
	}

	/** The letters of a column: 0 is A, 26 is AA. */
	static String column(int index) {
		StringBuilder letters = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	/**
	 * A zip bomb of the kind: the header of a Taobao order report, then the same
	 * order row again and again until the sheet's XML is {@code bytes} long; it zips some
	 * two hundred times smaller.
	 */
	static Path bomb(Path file, long bytes) throws IOException {
		List<String> header = List.of("订单编号", "买家会员名", "订单状态", "订单创建时间", "买家实际支付金额");
		List<String> order = List.of("1930679858112345", "tb8946567709", "交易成功", "2024-03-05 21:15:00", "378.00");
		return write(file, List.of(), sheet -> {
			sheet.write(row(1, header).getBytes(StandardCharsets.UTF_8));
			byte[] block = row(2, order).repeat(1000).getBytes(StandardCharsets.UTF_8);
			for (long written = 0; written < bytes; written += block.length) {
				sheet.write(block);
			}
		});
	}

	/**
	 * Makes the zip's directory claim that the sheet inflates to {@code claimed} bytes
	 * only: a forged directory, which Kefu's first look believes and the reading must
	 * not.
	 */
	static void forgeSheetSize(Path file, int claimed) throws IOException {
		byte[] zip = Files.readAllBytes(file);
		byte[] name = "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.UTF_8);
		ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
		for (int at = zip.length - 46; at >= 0; at--) {
			if (bytes.getInt(at) == 0x02014b50 && bytes.getShort(at + 28) == name.length
					&& new String(zip, at + 46, name.length, StandardCharsets.UTF_8)
						.equals("xl/worksheets/sheet1.xml")) {
				bytes.putInt(at + 24, claimed);
				Files.write(file, zip);
				return;
			}
		}
		throw new IllegalStateException("the sheet's directory entry was not found");
	}

	private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(xml.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
