package io.kefu.ingest.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.kefu.ingest.ImportError;
import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ChatSidesUnitTests {

	private static final LocalDateTime AT = LocalDateTime.of(2024, 3, 5, 21, 15);

	private final List<ChatMessage> messages = new ArrayList<>();

	private final List<ImportError> rejected = new ArrayList<>();

	private final ChatSides sides = new ChatSides("chat.txt", "视谱台灯旗舰店",
			new ChatSides.AutoReplies(ChatSides.AutoReplies.DEFAULT_MARKER, Set.of("亲，客服小美正在为您服务")), messages::add,
			rejected::add);

	private static ChatLine line(long number, String sender, String content) {
		return new ChatLine(number, sender, null, AT.plusSeconds(number), content, false);
	}

	@Test
	void subAccountsAreTheShopAndEveryoneElseABuyer() {
		sides.accept(line(1, "tb8946567709", "有货吗"));
		sides.accept(line(2, "视谱台灯旗舰店：小美", "亲，有的"));

		assertThat(messages).extracting(ChatMessage::buyerNick, ChatMessage::direction, ChatMessage::kind)
			.containsExactly(tuple("tb8946567709", Direction.IN, MessageKind.TEXT),
					tuple("tb8946567709", Direction.OUT, MessageKind.TEXT));
		assertThat(messages.get(1).agent()).hasToString("视谱台灯旗舰店:小美");
	}

	@Test
	void theShopsFirstWordsWaitForTheBuyerToSpeak() {
		sides.accept(line(1, "视谱台灯旗舰店:小美", "[自动回复]欢迎光临视谱台灯旗舰店"));
		sides.accept(line(2, "视谱台灯旗舰店:小美", "亲，客服小美正在为您服务"));

		assertThat(messages).isEmpty();

		sides.accept(line(3, "快乐的小橙子", "在吗"));
		sides.finish();

		assertThat(messages).extracting(ChatMessage::line, ChatMessage::buyerNick, ChatMessage::kind)
			.containsExactly(tuple(1L, "快乐的小橙子", MessageKind.AUTO_REPLY), tuple(2L, "快乐的小橙子", MessageKind.AUTO_REPLY),
					tuple(3L, "快乐的小橙子", MessageKind.TEXT));
		assertThat(rejected).isEmpty();
	}

	@Test
	void aNamedReceiverIsTheBuyer() {
		sides.accept(line(1, "tb1", "在吗"));
		sides.accept(new ChatLine(2, "cntaobao视谱台灯旗舰店:阿杰", "快乐的小橙子", AT, "亲，请讲", false));

		assertThat(messages.get(1).buyerNick()).isEqualTo("快乐的小橙子");
	}

	@Test
	void cardsMediaAndClientLinesGetTheirKinds() {
		sides.accept(line(1, "tb1", ChatSides.WEB_PLACEHOLDER));
		sides.accept(line(2, "tb1", "[图片]"));
		sides.accept(line(3, "tb1", "https://detail.tmall.com/item.htm?id=6501"));
		sides.accept(line(4, "tb1", "[订单编号:1930679858112345，订单金额:199.00]"));
		sides.accept(new ChatLine(5, "tb1", null, AT, "tb1 撤回了一条消息", true));
		sides.accept(line(6, "tb1", "/:809 好的"));

		assertThat(messages).extracting(ChatMessage::kind)
			.containsExactly(MessageKind.CARD, MessageKind.MEDIA, MessageKind.CARD, MessageKind.CARD,
					MessageKind.SYSTEM, MessageKind.TEXT);
	}

	@Test
	void aBuyersTextLikeAnAutoReplyIsStillTheBuyers() {
		sides.accept(line(1, "tb1", "[自动回复]我也会"));

		assertThat(messages.get(0).kind()).isEqualTo(MessageKind.TEXT);
	}

}
