package io.kefu.ingest.internal;

import io.kefu.ingest.ImportError;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class QuickPhraseListUnitTests {

	@TempDir
	Path dir;

	private final List<ExportedPhrase> phrases = new ArrayList<>();

	private final List<ImportError> rejected = new ArrayList<>();

	@Test
	void readsAShopRegisterWithItsOwnHeaderNames() throws Exception {
		Path file = dir.resolve("快捷短语.csv");
		Files.write(file,
				("登记日期,短语分组,快捷键,短语内容,是否加入团队\r\n" + "2024-03-01,问候,hi,\"亲,您好,欢迎光临视谱台灯旗舰店!\",是\r\n"
						+ "2024-03-01,,kd,\"亲,默认发圆通哦\",否\r\n" + "2024-03-01,物流,k d,\"亲,顺丰需补差价哦\",是\r\n"
						+ "2024-03-01,物流,sf,,是\r\n")
					.getBytes(Charset.forName("GBK")));

		QuickPhraseList.read(file, phrases::add, rejected::add);

		assertThat(phrases)
			.extracting(ExportedPhrase::group, ExportedPhrase::code, ExportedPhrase::text, ExportedPhrase::team)
			.containsExactly(tuple("问候", "hi", "亲,您好,欢迎光临视谱台灯旗舰店!", true), tuple("未分组", "kd", "亲,默认发圆通哦", false));
		assertThat(rejected).extracting(EnglishErrors::text)
			.containsExactly("快捷短语.csv:4: 快捷编码: 'k d' is not a shortcut code", "快捷短语.csv:5: 快捷短语: is empty");
	}

}
