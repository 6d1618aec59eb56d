package io.kefu.ingest.internal;

import io.kefu.ingest.ImportError;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ScraperChatCsvUnitTests {

	@TempDir
	Path dir;

	@Test
	void readsTheBomMarkedCsvOfScraperTools() throws Exception {
		Path file = dir.resolve("chat.csv");
		Files.writeString(file,
				"\uFEFF会话ID,日期,时间,对象,发话者,消息,消息状态,商品ID,商品\r\n"
						+ "s1,2024-03-05,21:15:00,tb8946567709,tb8946567709,\"有货吗,白色的\",已读,,\r\n"
						+ "s1,2024-03-05,21:15:40,tb8946567709,视谱台灯旗舰店:小美,\"亲，有的\r\n今天发\",已读,6501,护眼台灯\r\n"
						+ "s1,2024-03-05,,tb8946567709,视谱台灯旗舰店:小美,好的,已读,,\r\n",
				StandardCharsets.UTF_8);
		List<ChatLine> lines = new ArrayList<>();
		List<ImportError> rejected = new ArrayList<>();

		ScraperChatCsv.read(file, lines::add, rejected::add);

		assertThat(lines).extracting(ChatLine::line, ChatLine::sender, ChatLine::receiver, ChatLine::content)
			.containsExactly(tuple(2L, "tb8946567709", null, "有货吗,白色的"),
					tuple(3L, "视谱台灯旗舰店:小美", "tb8946567709", "亲，有的\n今天发"));
		assertThat(lines.get(1).sentAt()).isEqualTo(LocalDateTime.of(2024, 3, 5, 21, 15, 40));
		assertThat(rejected).extracting(EnglishErrors::text)
			.containsExactly("chat.csv:5: 日期/时间: '2024-03-05' is not a date and time");
	}

}
