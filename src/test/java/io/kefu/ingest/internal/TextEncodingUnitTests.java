package io.kefu.ingest.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class TextEncodingUnitTests {

	@TempDir
	Path dir;

	private Path write(byte[] bytes) throws IOException {
		return Files.write(dir.resolve("file.txt"), bytes);
	}

	private static String firstLine(Path file) throws IOException {
		try (BufferedReader reader = TextEncoding.of(file).open(file)) {
			return reader.readLine();
		}
	}

	@Test
	void aByteOrderMarkDecidesAndIsSkipped() throws IOException {
		byte[] text = "订单编号\n".getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withBom, 3, text.length);
		Path file = write(withBom);

		assertThat(TextEncoding.of(file)).isEqualTo(new TextEncoding(StandardCharsets.UTF_8, 3));
		assertThat(firstLine(file)).isEqualTo("订单编号");
	}

	@Test
	void strictUtf8WithoutAMarkIsUtf8() throws IOException {
		Path file = write("买家会员名,tb8946567709\n".getBytes(StandardCharsets.UTF_8));

		assertThat(TextEncoding.of(file).charset()).isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void chineseWindowsTextIsReadAsGb18030() throws IOException {
		Path file = write("视谱台灯旗舰店:小美\n".getBytes(Charset.forName("GBK")));

		assertThat(TextEncoding.of(file).charset()).isEqualTo(TextEncoding.GB18030);
		assertThat(firstLine(file)).isEqualTo("视谱台灯旗舰店:小美");
	}

	@Test
	void gbkBytesFarIntoALongAsciiFileStillDecideTheEncoding() throws IOException {
		byte[] ascii = "a,b,c\n".repeat(50_000).getBytes(StandardCharsets.US_ASCII);
		byte[] chinese = "交易成功\n".getBytes(Charset.forName("GBK"));
		byte[] all = new byte[ascii.length + chinese.length];
		System.arraycopy(ascii, 0, all, 0, ascii.length);
		System.arraycopy(chinese, 0, all, ascii.length, chinese.length);

		assertThat(TextEncoding.of(write(all)).charset()).isEqualTo(TextEncoding.GB18030);
	}

	@Test
	void utf8SplitAcrossReadChunksIsStillUtf8() throws IOException {
		String text = "x".repeat(64 * 1024 - 1) + "订单";

		assertThat(TextEncoding.of(write(text.getBytes(StandardCharsets.UTF_8))).charset())
			.isEqualTo(StandardCharsets.UTF_8);
	}

}
