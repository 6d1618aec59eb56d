package io.kefu.ingest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import static io.kefu.ingest.internal.ImportLimits.MAX_INFLATION;
import static io.kefu.ingest.internal.ImportLimits.MAX_PARTS;
import static io.kefu.ingest.internal.ImportLimits.MAX_PART_BYTES;
import static io.kefu.ingest.internal.ImportLimits.MAX_SHEET_BYTES;
import static io.kefu.ingest.internal.ImportLimits.MAX_SMALL_PART_BYTES;

/**
 * Refuses a {@code .xlsx} that is no real export before POI opens it: too many parts, a
 * part that inflates more than {@link ImportLimits#MAX_INFLATION} times (a zip bomb), a
 * part larger than its cap. Only the zip's directory is read here; since a forged
 * directory can lie about sizes, the parts Kefu reads are counted again as they inflate
 * ({@link #capped}), and POI's own guard ({@code ZipSecureFile}, left at its defaults of
 * the same ratio and 4 GB) watches every part it opens.
 */
final class WorkbookGuard {

	/** Small parts may inflate more than a sheet would; they are small. */
	private static final long GRACE_BYTES = 1024 * 1024;

	private WorkbookGuard() {
	}

	/**
	 * @throws ImportLimitException naming the part and the cap it breaks
	 * @throws IOException when the file is no readable zip
	 */
	static void check(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.size() > MAX_PARTS) {
				throw new ImportLimitException(0, "imports.error.tooManyParts", ImportLimits.number(MAX_PARTS));
			}
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				check(entries.nextElement());
			}
		}
		catch (ZipException ex) {
			throw new IOException("not a readable .xlsx workbook: " + ex.getMessage(), ex);
		}
	}

	private static void check(ZipEntry entry) {
		String name = entry.getName();
		if (!name.endsWith(".xml") && !name.endsWith(".rels")) {
			// pictures and the like: never read
			return;
		}
		long size = entry.getSize();
		long packed = entry.getCompressedSize();
		if (size > GRACE_BYTES && packed >= 0 && size / MAX_INFLATION > packed) {
			throw inflatesTooMuch(name, size / Math.max(packed, 1));
		}
		if (size > capOf(name)) {
			throw tooLarge(name, capOf(name));
		}
	}

	/** How large a part may be once unzipped, by what Kefu does with it. */
	static long capOf(String part) {
		String name = part.startsWith("/") ? part.substring(1) : part;
		if (name.startsWith("xl/worksheets/")) {
			return MAX_SHEET_BYTES;
		}
		return name.equals("xl/sharedStrings.xml") ? MAX_PART_BYTES : MAX_SMALL_PART_BYTES;
	}

	/**
	 * The part's content, refused as soon as more than {@code cap} bytes of it have
	 * inflated.
	 */
	static InputStream capped(InputStream part, String name, long cap) {
		return new FilterInputStream(part) {

			private long read;

			@Override
			public int read() throws IOException {
				int b = super.read();
				count(b < 0 ? 0 : 1);
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				count(Math.max(n, 0));
				return n;
			}

			private void count(int n) {
				read += n;
				if (read > cap) {
					throw tooLarge(name, cap);
				}
			}

		};
	}

	private static ImportLimitException inflatesTooMuch(String part, long times) {
		return new ImportLimitException(0, "imports.error.zipBomb", part, ImportLimits.number(times),
				ImportLimits.number(MAX_INFLATION));
	}

	private static ImportLimitException tooLarge(String part, long cap) {
		return new ImportLimitException(0, "imports.error.partTooLarge", part, ImportLimits.megabytes(cap));
	}

}
