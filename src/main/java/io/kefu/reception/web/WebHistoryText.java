package io.kefu.reception.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.kefu.reception.ArchivedMessage;
import io.kefu.reception.Direction;
import io.kefu.shop.Shop;

/**
 * Writes messages in layout A of the chat formats (the web chat history copied as text):
 * a date line, then per message its time, its content lines and its sender on the last
 * line, the buyer by nick and the shop's agents as {@code 店铺名:昵称}. Dates and times are
 * the shop's clock, as the web page shows them; the chat import reads this back message
 * for message.
 */
final class WebHistoryText {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	/** What a sub-account is called when the message names no agent (an auto-reply). */
	static final String NO_AGENT = "客服";

	private WebHistoryText() {
	}

	static String of(Shop shop, List<ArchivedMessage> messages) {
		StringBuilder text = new StringBuilder("\uFEFF");
		LocalDate date = null;
		for (ArchivedMessage message : messages) {
			LocalDateTime at = LocalDateTime.ofInstant(message.sentAt(), shop.timeZone());
			if (!at.toLocalDate().equals(date)) {
				date = at.toLocalDate();
				text.append(date).append("\r\n");
			}
			text.append(at.format(TIME)).append("\r\n");
			message.content().lines().filter(line -> !line.isBlank()).forEach(line -> text.append(line).append("\r\n"));
			text.append(sender(shop, message)).append("\r\n");
		}
		return text.toString();
	}

	private static String sender(Shop shop, ArchivedMessage message) {
		if (message.direction() == Direction.IN) {
			return message.buyerNick();
		}
		String nickname = message.agentNickname();
		if (nickname == null || nickname.isBlank()) {
			nickname = message.agentName();
		}
		return shop.agentAccount(nickname == null || nickname.isBlank() ? NO_AGENT : nickname);
	}

}
