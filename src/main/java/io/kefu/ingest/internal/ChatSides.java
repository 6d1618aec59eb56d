package io.kefu.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import io.kefu.ingest.ImportError;
import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;
import io.kefu.staff.AgentAccount;

import org.jspecify.annotations.Nullable;

/**
 * Decides, line by line, who speaks in a chat record: the side the record gives
 * ({@link ChatLine#side}), else sub-accounts ({@code 店铺名:昵称}) and the shop's role words
 * are the shop, every other sender a buyer. The shop's messages go to the buyer the
 * record names as receiver, else to the buyer of the conversation so far; those that come
 * before any buyer wait until one speaks, at most {@value #MAX_WAITING} of them. A role
 * word ({@code 客户}, {@code 客服} …) is never taken for a buyer.
 */
final class ChatSides implements Consumer<ChatLine> {

	/**
	 * What the web history shows in place of cards and media; most often the product card
	 * a buyer came with.
	 */
	static final String WEB_PLACEHOLDER = "请在客户端查看原始聊天记录，网页版无法展示";

	/**
	 * The shop's lines that wait for a buyer at most; more are refused at once, so that a
	 * record with no buyer in it cannot fill the memory.
	 */
	static final int MAX_WAITING = 1_000;

	private static final String SENDER = "发送者";

	private static final Pattern MEDIA = Pattern.compile("^\\[(图片|视频|语音|文件|动画表情)\\]$");

	private static final Pattern CARD = Pattern.compile(
			"^(\\[订单编号[:：].*|\\[商品卡片\\].*|\\[订单卡片\\].*|https?://(item\\.taobao\\.com|detail\\.tmall\\.com|item\\.jd\\.com)/\\S*)$");

	private final String file;

	private final String shopName;

	private final AutoReplies autoReplies;

	private final Consumer<ChatMessage> messages;

	private final Consumer<ImportError> rejected;

	private final List<ChatLine> waiting = new ArrayList<>();

	private @Nullable String buyer;

	/**
	 * @param shopName the shop a sub-account is of when the record names it without its
	 * shop ({@code 小美} on a line the record gives to the shop)
	 */
	ChatSides(String file, String shopName, AutoReplies autoReplies, Consumer<ChatMessage> messages,
			Consumer<ImportError> rejected) {
		this.file = file;
		this.shopName = shopName;
		this.autoReplies = autoReplies;
		this.messages = messages;
		this.rejected = rejected;
	}

	@Override
	public void accept(ChatLine line) {
		if (sideOf(line) == ChatLine.Side.BUYER) {
			if (ChatRoles.isRoleWord(line.sender())) {
				rejected.accept(RejectedLine.of(file, line.line(), SENDER, "imports.error.roleWordNotBuyer",
						line.sender().strip()));
				return;
			}
			buyer = line.sender();
			waiting.forEach(waited -> emit(waited, line.sender()));
			waiting.clear();
			emitFromBuyer(line);
		}
		else if (line.receiver() != null && isBuyer(line.receiver())) {
			emit(line, line.receiver());
		}
		else if (buyer != null) {
			emit(line, buyer);
		}
		else if (waiting.size() < MAX_WAITING) {
			waiting.add(line);
		}
		else {
			rejected.accept(noBuyerYet(line));
		}
	}

	/** The record ended: the shop's lines still waiting for a buyer cannot be placed. */
	void finish() {
		waiting.forEach(line -> rejected.accept(noBuyerYet(line)));
		waiting.clear();
	}

	private ImportError noBuyerYet(ChatLine line) {
		return RejectedLine.of(file, line.line(), SENDER, "imports.error.noBuyerYet");
	}

	private static ChatLine.Side sideOf(ChatLine line) {
		if (line.side() != null) {
			return line.side();
		}
		if (AgentAccount.parse(line.sender()).isPresent()) {
			return ChatLine.Side.SHOP;
		}
		return ChatRoles.sideOf(line.sender()).orElse(ChatLine.Side.BUYER);
	}

	private static boolean isBuyer(String name) {
		return AgentAccount.parse(name).isEmpty() && !ChatRoles.isRoleWord(name);
	}

	private void emitFromBuyer(ChatLine line) {
		messages.accept(new ChatMessage(line.line(), line.sender(), Direction.IN, kindOf(line, false), null,
				line.sentAt(), line.content()));
	}

	private void emit(ChatLine line, String buyerNick) {
		AgentAccount agent = AgentAccount.parse(line.sender())
			.orElseGet(() -> new AgentAccount(shopName, line.sender().strip()));
		messages.accept(new ChatMessage(line.line(), buyerNick, Direction.OUT, kindOf(line, true), agent, line.sentAt(),
				line.content()));
	}

	private MessageKind kindOf(ChatLine line, boolean fromShop) {
		String content = line.content();
		if (line.systemLine()) {
			return MessageKind.SYSTEM;
		}
		if (fromShop && autoReplies.isAutoReply(content)) {
			return MessageKind.AUTO_REPLY;
		}
		if (MEDIA.matcher(content).matches()) {
			return MessageKind.MEDIA;
		}
		return content.equals(WEB_PLACEHOLDER) || CARD.matcher(content).matches() ? MessageKind.CARD : MessageKind.TEXT;
	}

	/** The shop's auto-reply texts and the marker its auto-replies start with. */
	record AutoReplies(String marker, Set<String> texts) {

		static final String DEFAULT_MARKER = "[自动回复]";

		boolean isAutoReply(String content) {
			return !marker.isEmpty() && content.startsWith(marker) || texts.contains(content.strip());
		}
	}

}
