package io.kefu.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;
import io.kefu.staff.AgentAccount;

import org.jspecify.annotations.Nullable;

/**
 * Decides, line by line, who speaks in a chat record: sub-accounts ({@code 店铺名:昵称}) are
 * the shop, every other sender a buyer. The shop's messages go to the buyer the record
 * names as receiver, else to the buyer of the conversation so far; those that come before
 * any buyer wait until one speaks.
 */
final class ChatSides implements Consumer<ChatLine> {

	/**
	 * What the web history shows in place of cards and media; most often the product card
	 * a buyer came with.
	 */
	static final String WEB_PLACEHOLDER = "请在客户端查看原始聊天记录，网页版无法展示";

	private static final Pattern MEDIA = Pattern.compile("^\\[(图片|视频|语音|文件|动画表情)\\]$");

	private static final Pattern CARD = Pattern.compile(
			"^(\\[订单编号[:：].*|\\[商品卡片\\].*|\\[订单卡片\\].*|https?://(item\\.taobao\\.com|detail\\.tmall\\.com|item\\.jd\\.com)/\\S*)$");

	private final AutoReplies autoReplies;

	private final Consumer<ChatMessage> messages;

	private final List<ChatLine> waiting = new ArrayList<>();

	private @Nullable String buyer;

	ChatSides(AutoReplies autoReplies, Consumer<ChatMessage> messages) {
		this.autoReplies = autoReplies;
		this.messages = messages;
	}

	@Override
	public void accept(ChatLine line) {
		Optional<AgentAccount> agent = AgentAccount.parse(line.sender());
		if (agent.isEmpty()) {
			buyer = line.sender();
			waiting.forEach(this::emit);
			waiting.clear();
			emit(line);
		}
		else if (line.receiver() != null && AgentAccount.parse(line.receiver()).isEmpty()) {
			emit(line, line.receiver(), agent.get());
		}
		else if (buyer != null) {
			emit(line, buyer, agent.get());
		}
		else {
			waiting.add(line);
		}
	}

	/**
	 * The shop's messages still waiting for a buyer when the record ended: they cannot be
	 * placed.
	 */
	List<ChatLine> unplaced() {
		return List.copyOf(waiting);
	}

	private void emit(ChatLine line) {
		Optional<AgentAccount> agent = AgentAccount.parse(line.sender());
		if (agent.isPresent()) {
			emit(line, buyer, agent.get());
		}
		else {
			messages.accept(new ChatMessage(line.line(), line.sender(), Direction.IN, kindOf(line, false), null,
					line.sentAt(), line.content()));
		}
	}

	private void emit(ChatLine line, String buyerNick, AgentAccount agent) {
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
