package io.kefu.ingest.internal;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import org.jspecify.annotations.Nullable;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared texts kept on disk instead of the heap: POI's read-only table holds
 * every distinct text of the workbook in memory, which grows with the file. The texts are
 * written to a temporary file, with an index of where each starts, both mapped (outside
 * the heap) for reading; the files go when the table is closed. A text longer than a line
 * may be is kept only as far as needed to refuse its line.
 */
final class SpooledSharedStrings implements SharedStrings, Closeable {

	private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

	private static final SpooledSharedStrings NONE = new SpooledSharedStrings(0, null, null, List.of());

	private final int count;

	private final @Nullable MappedByteBuffer texts;

	private final @Nullable MappedByteBuffer starts;

	private final List<Path> files;

	private SpooledSharedStrings(int count, @Nullable MappedByteBuffer texts, @Nullable MappedByteBuffer starts,
			List<Path> files) {
		this.count = count;
		this.texts = texts;
		this.starts = starts;
		this.files = files;
	}

	/** The workbook's shared texts, empty when it has none. */
	static SpooledSharedStrings of(OPCPackage workbook) throws IOException, SAXException {
		List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		if (parts.isEmpty()) {
			return NONE;
		}
		PackagePart part = parts.get(0);
		String name = part.getPartName().getName();
		try (InputStream xml = WorkbookGuard.capped(part.getInputStream(), name, WorkbookGuard.capOf(name))) {
			return spool(new MarkupLimit(xml, () -> 0));
		}
	}

	private static SpooledSharedStrings spool(InputStream xml) throws IOException, SAXException {
		Path texts = Files.createTempFile("kefu-shared-strings", ".txt");
		Path starts = Files.createTempFile("kefu-shared-strings", ".idx");
		try {
			int count;
			try (DataOutputStream textOut = new DataOutputStream(
					new BufferedOutputStream(Files.newOutputStream(texts)));
					DataOutputStream startOut = new DataOutputStream(
							new BufferedOutputStream(Files.newOutputStream(starts)))) {
				Texts handler = new Texts(textOut, startOut);
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(handler);
				parser.parse(new InputSource(xml));
				count = handler.count;
				startOut.writeInt(textOut.size());
			}
			return new SpooledSharedStrings(count, map(texts), map(starts), List.of(texts, starts));
		}
		catch (IOException | SAXException | RuntimeException ex) {
			Files.deleteIfExists(texts);
			Files.deleteIfExists(starts);
			throw ex;
		}
		catch (ParserConfigurationException ex) {
			Files.deleteIfExists(texts);
			Files.deleteIfExists(starts);
			throw new SAXException(ex);
		}
	}

	private static MappedByteBuffer map(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
		}
	}

	@Override
	public RichTextString getItemAt(int index) {
		if (index < 0 || index >= count || texts == null || starts == null) {
			throw new IllegalArgumentException("the workbook has no shared text " + index);
		}
		int start = starts.getInt(index * Integer.BYTES);
		int end = starts.getInt((index + 1) * Integer.BYTES);
		byte[] bytes = new byte[end - start];
		texts.get(start, bytes);
		return new PlainText(new String(bytes, StandardCharsets.UTF_8));
	}

	@Override
	public int getCount() {
		return count;
	}

	@Override
	public int getUniqueCount() {
		return count;
	}

	@Override
	public void close() {
		for (Path file : files) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/**
	 * Gathers each {@code <si>}'s text (its runs, without phonetic guides) and writes it
	 * out with where it starts.
	 */
	private static final class Texts extends DefaultHandler {

		private final DataOutputStream texts;

		private final DataOutputStream starts;

		private final StringBuilder text = new StringBuilder();

		private boolean inText;

		private boolean inPhonetic;

		private int count;

		Texts(DataOutputStream texts, DataOutputStream starts) {
			this.texts = texts;
			this.starts = starts;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "si" -> text.setLength(0);
				case "rPh" -> inPhonetic = true;
				case "t" -> inText = !inPhonetic;
				default -> {
				}
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			switch (localName) {
				case "si" -> write();
				case "rPh" -> inPhonetic = false;
				case "t" -> inText = false;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (inText) {
				// one character more than a line may hold is enough to refuse it
				int room = ImportLimits.MAX_LINE_CHARS + 1 - text.length();
				text.append(ch, start, Math.max(0, Math.min(length, room)));
			}
		}

		private void write() throws SAXException {
			try {
				starts.writeInt(texts.size());
				texts.write(unescaped(text).getBytes(StandardCharsets.UTF_8));
				count++;
			}
			catch (IOException ex) {
				throw new SAXException(ex);
			}
		}

	}

	/**
	 * The text with OOXML's escapes undone: {@code _x000D_} is a carriage return (Excel
	 * writes one in every multi-line cell), as POI's own tables read it.
	 */
	static String unescaped(CharSequence text) {
		Matcher escape = ESCAPE.matcher(text);
		StringBuilder plain = new StringBuilder(text.length());
		int at = 0;
		while (escape.find()) {
			plain.append(text, at, escape.start()).append((char) Integer.parseInt(escape.group(1), 16));
			at = escape.end();
		}
		return plain.append(text, at, text.length()).toString();
	}

	/** A shared text without its formatting, which imports never look at. */
	private record PlainText(String text) implements RichTextString {

		@Override
		public String getString() {
			return text;
		}

		@Override
		public String toString() {
			return text;
		}

		@Override
		public int length() {
			return text.length();
		}

		@Override
		public int numFormattingRuns() {
			return 0;
		}

		@Override
		public int getIndexOfFormattingRun(int index) {
			return 0;
		}

		@Override
		public void applyFont(int startIndex, int endIndex, short fontIndex) {
			throw new UnsupportedOperationException("an imported text is read only");
		}

		@Override
		public void applyFont(int startIndex, int endIndex, Font font) {
			throw new UnsupportedOperationException("an imported text is read only");
		}

		@Override
		public void applyFont(Font font) {
			throw new UnsupportedOperationException("an imported text is read only");
		}

		@Override
		public void clearFormatting() {
			throw new UnsupportedOperationException("an imported text is read only");
		}

		@Override
		public void applyFont(short fontIndex) {
			throw new UnsupportedOperationException("an imported text is read only");
		}

	}

}
