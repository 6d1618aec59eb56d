package io.kefu.ingest.internal;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class QianniuClipboardChatUnitTests {

	private static List<ChatLine> read(String text) throws Exception {
		List<ChatLine> lines = new ArrayList<>();
		QianniuClipboardChat.read(new BufferedReader(new StringReader(text)), lines::add);
		return lines;
	}

	@Test
	void readsAGbkClipboardWithEveryHeaderVariant() throws Exception {
		Path file = Path.of(getClass().getResource("/ingest/chat/qianniu-clipboard-gbk.txt").toURI());
		List<ChatLine> lines = new ArrayList<>();
		try (BufferedReader reader = TextEncoding.of(file).open(file)) {
			QianniuClipboardChat.read(reader, lines::add);
		}

		assertThat(lines)
			.extracting(ChatLine::line, ChatLine::sender, ChatLine::receiver, ChatLine::content, ChatLine::systemLine)
			.containsExactly(tuple(1L, "视谱台灯旗舰店:小美", null, "[自动回复]亲，欢迎光临视谱台灯旗舰店，有什么可以帮您？", false),
					tuple(4L, "tb8946567709", null, "这款台灯有货吗\n白色的", false),
					tuple(8L, "视谱台灯旗舰店：小美", null, "亲，白色充电款有现货的哦，今天16点前付款当天发货", false),
					tuple(11L, "快乐的小橙子", null, "能便宜点吗", false), tuple(14L, "快乐的小橙子", null, "快乐的小橙子 撤回了一条消息", true),
					tuple(15L, "cntaobao视谱台灯旗舰店:阿杰", "快乐的小橙子", "亲，我们是品牌直营，价格是统一的呢", false),
					tuple(17L, "cntaobao视谱台灯旗舰店:阿杰", "快乐的小橙子", "由 服务助手 转交给 视谱台灯旗舰店:阿杰", true));
		assertThat(lines.get(3).sentAt()).isEqualTo(LocalDateTime.of(2024, 3, 5, 21, 15));
	}

	@Test
	void aHeaderWithoutASpaceBeforeTheDateStillNamesTheSender() throws Exception {
		assertThat(read("tb123456782024-3-5 9:07:03\n在吗\n")).extracting(ChatLine::sender).containsExactly("tb12345678");
	}

	@Test
	void aMessageKeepsItsInnerBlankLinesButNotTheTrailingOnes() throws Exception {
		List<ChatLine> lines = read("tb1 2024-3-5 9:07:03\n第一行\n\n第二行\n\n\ntb1 2024-3-5 9:08:03\n好的\n");

		assertThat(lines).extracting(ChatLine::content).containsExactly("第一行\n\n第二行", "好的");
	}

	@Test
	void textBeforeTheFirstHeaderIsIgnored() throws Exception {
		assertThat(read("聊天记录\n\ntb1 2024-3-5 9:07:03\n在吗\n")).hasSize(1);
	}

}
