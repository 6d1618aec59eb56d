package io.kefu.ingest.internal;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

class WebHistoryChatUnitTests {

	private static List<ChatLine> read(String text) throws Exception {
		List<ChatLine> lines = new ArrayList<>();
		WebHistoryChat.read(new BufferedReader(new StringReader(text)), lines::add);
		return lines;
	}

	@Test
	void theSenderIsTheLastLineOfEachMessage() throws Exception {
		List<ChatLine> lines = read("""
				2024年03月05日
				21:15:00
				这款有货吗
				晚上能发吗
				tb8946567709
				21:15:40
				请在客户端查看原始聊天记录，网页版无法展示
				视谱台灯旗舰店:小美
				2024/03/06
				09:01:02
				亲，已经安排发货了
				视谱台灯旗舰店：小美
				""");

		assertThat(lines).extracting(ChatLine::line, ChatLine::sender, ChatLine::content, ChatLine::sentAt)
			.containsExactly(tuple(2L, "tb8946567709", "这款有货吗\n晚上能发吗", LocalDateTime.of(2024, 3, 5, 21, 15)),
					tuple(6L, "视谱台灯旗舰店:小美", "请在客户端查看原始聊天记录，网页版无法展示", LocalDateTime.of(2024, 3, 5, 21, 15, 40)),
					tuple(10L, "视谱台灯旗舰店：小美", "亲，已经安排发货了", LocalDateTime.of(2024, 3, 6, 9, 1, 2)));
	}

	@Test
	void aTimeBeforeAnyDateIsRefused() {
		assertThat(EnglishErrors.reason(catchThrowable(() -> read("09:01:02\n在吗\ntb1\n")))).contains("line 1");
	}

}
