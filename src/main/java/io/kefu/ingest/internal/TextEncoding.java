package io.kefu.ingest.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoding of an exported text file: a byte-order mark decides; otherwise the file is
 * UTF-8 when every byte of it decodes strictly as UTF-8; otherwise GB18030, the superset
 * of the GBK that Chinese Windows writes. Detectors that guess from statistics go wrong
 * on short Chinese text, so none is used.
 */
record TextEncoding(Charset charset, int bomLength) {

	static final Charset GB18030 = Charset.forName("GB18030");

	private static final int CHUNK = 64 * 1024;

	static TextEncoding of(Path file) throws IOException {
		byte[] head = new byte[3];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, 3);
		}
		if (read >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			return new TextEncoding(StandardCharsets.UTF_8, 3);
		}
		if (read >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			return new TextEncoding(StandardCharsets.UTF_16LE, 2);
		}
		if (read >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			return new TextEncoding(StandardCharsets.UTF_16BE, 2);
		}
		return new TextEncoding(isStrictUtf8(file) ? StandardCharsets.UTF_8 : GB18030, 0);
	}

	/**
	 * A reader of the file's lines, past the byte-order mark; a line over
	 * {@link ImportLimits#MAX_LINE_CHARS} is refused.
	 */
	BufferedReader open(Path file) throws IOException {
		return new BufferedReader(BoundedReader.lines(decoded(file)), CHUNK);
	}

	/**
	 * A reader of the file as CSV records, past the byte-order mark; the CSV reader says
	 * where each record ends, and one over {@link ImportLimits#MAX_LINE_CHARS} is
	 * refused.
	 */
	BoundedReader openRecords(Path file) throws IOException {
		return BoundedReader.records(decoded(file));
	}

	private Reader decoded(Path file) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(file), CHUNK);
		in.skipNBytes(bomLength);
		return new InputStreamReader(in,
				charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE));
	}

	private static boolean isStrictUtf8(Path file) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
		CharBuffer chars = CharBuffer.allocate(CHUNK);
		try (InputStream in = Files.newInputStream(file)) {
			int n;
			while ((n = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
				bytes.position(bytes.position() + n);
				bytes.flip();
				if (!decodes(decoder, bytes, chars, false)) {
					return false;
				}
				bytes.compact();
			}
			bytes.flip();
			return decodes(decoder, bytes, chars, true) && !decoder.flush(chars.clear()).isError();
		}
	}

	private static boolean decodes(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean last) {
		CoderResult result;
		do {
			chars.clear();
			result = decoder.decode(bytes, chars, last);
			if (result.isError()) {
				return false;
			}
		}
		while (result.isOverflow());
		return !last || !bytes.hasRemaining();
	}
}
