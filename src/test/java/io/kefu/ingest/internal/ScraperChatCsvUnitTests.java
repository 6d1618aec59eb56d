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

	@Test
	void rowsWhoseObjectIsTheSendersSideGetTheBuyerOfTheirConversation() throws Exception {
		List<ChatLine> lines = new ArrayList<>();
		List<ImportError> rejected = new ArrayList<>();

		ScraperChatCsv.read(write("roles.csv", ROLES), lines::add, rejected::add);

		assertThat(rejected).isEmpty();
		assertThat(lines).extracting(ChatLine::line, ChatLine::sender, ChatLine::receiver, ChatLine::side)
			.containsExactly(tuple(2L, "视谱台灯旗舰店:小美", "tb8946567709", ChatLine.Side.SHOP),
					tuple(3L, "tb8946567709", null, ChatLine.Side.BUYER),
					tuple(4L, "视谱台灯旗舰店:小美", "tb8946567709", ChatLine.Side.SHOP),
					tuple(5L, "快乐的小橙子", null, ChatLine.Side.BUYER), tuple(6L, "小雨", "快乐的小橙子", ChatLine.Side.SHOP),
					tuple(7L, "视谱台灯旗舰店:小美", "tb8946567709", ChatLine.Side.SHOP));
	}

	@Test
	void bothReadingsOfObjectGiveTheSameMessages() throws Exception {
		List<ChatLine> byRole = new ArrayList<>();
		List<ChatLine> byNick = new ArrayList<>();

		ScraperChatCsv.read(write("roles.csv", ROLES), byRole::add, error -> {
		});
		ScraperChatCsv.read(write("nicks.csv", NICKS), byNick::add, error -> {
		});

		assertThat(byRole).extracting(ChatLine::sender, ChatLine::receiver, ChatLine::side, ChatLine::content)
			.containsExactlyInAnyOrderElementsOf(byNick.stream()
				.map(line -> tuple(line.sender(), line.receiver(), line.side(), line.content()))
				.toList());
	}

	@Test
	void aRoleWordIsNeverABuyerAndAShopRowWithoutOneWaitsInVain() throws Exception {
		List<ChatLine> lines = new ArrayList<>();
		List<ImportError> rejected = new ArrayList<>();

		ScraperChatCsv.read(write("roles.csv", """
				会话ID,日期,时间,对象,发话者,消息,消息状态,商品ID,商品
				s9,2024-03-05,09:00:00,客服,视谱台灯旗舰店:小美,亲，在的,已读,,
				s8,2024-03-05,09:01:00,客户,客户,在吗,已读,,
				"""), lines::add, rejected::add);

		assertThat(lines).isEmpty();
		assertThat(rejected).extracting(EnglishErrors::text)
			.containsExactlyInAnyOrder("roles.csv:3: 发话者: “客户” names a side of the chat, not a buyer",
					"roles.csv:2: 发话者: a message of the shop before any buyer speaks: no buyer to give it to");
	}

	/**
	 * 对象 as the sender's side: the shop's greeting comes first, before the buyer is
	 * known; 小雨 writes without her shop's name; s1 resumes after s2.
	 */
	private static final String ROLES = """
			会话ID,日期,时间,对象,发话者,消息,消息状态,商品ID,商品
			s1,2024-03-05,21:14:50,客服,视谱台灯旗舰店:小美,[自动回复]欢迎光临,已读,,
			s1,2024-03-05,21:15:00,客户,tb8946567709,有货吗,已读,,
			s1,2024-03-05,21:15:40,客服,视谱台灯旗舰店:小美,亲，有的,已读,6501,护眼台灯
			s2,2024-03-05,21:20:00,买家,快乐的小橙子,能便宜点吗,已读,,
			s2,2024-03-05,21:20:30,卖家,小雨,亲，价格是统一的呢,已读,,
			s1,2024-03-05,21:30:00,商家,视谱台灯旗舰店:小美,亲，今天发货,已读,,
			""";

	/** The same conversations with 对象 as the buyer's nick. */
	private static final String NICKS = """
			会话ID,日期,时间,对象,发话者,消息,消息状态,商品ID,商品
			s1,2024-03-05,21:14:50,tb8946567709,视谱台灯旗舰店:小美,[自动回复]欢迎光临,已读,,
			s1,2024-03-05,21:15:00,tb8946567709,tb8946567709,有货吗,已读,,
			s1,2024-03-05,21:15:40,tb8946567709,视谱台灯旗舰店:小美,亲，有的,已读,6501,护眼台灯
			s2,2024-03-05,21:20:00,快乐的小橙子,快乐的小橙子,能便宜点吗,已读,,
			s2,2024-03-05,21:20:30,快乐的小橙子,小雨,亲，价格是统一的呢,已读,,
			s1,2024-03-05,21:30:00,tb8946567709,视谱台灯旗舰店:小美,亲，今天发货,已读,,
			""";

	private Path write(String name, String csv) throws Exception {
		return Files.writeString(dir.resolve(name), "\uFEFF" + csv.replace("\n", "\r\n"), StandardCharsets.UTF_8);
	}

}
