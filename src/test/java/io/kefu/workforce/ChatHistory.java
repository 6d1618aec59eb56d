package io.kefu.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;
import io.kefu.reception.Messages;
import io.kefu.reception.NewMessage;
import io.kefu.shop.Shop;
import io.kefu.staff.Agent;

/**
 * Stores a shop's past chats for the staffing tests: buyers a minute apart, each a
 * two-minute chat with one of the agents in turn, in Shanghai time.
 */
final class ChatHistory {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final Buyers buyers;

	private final Messages messages;

	private final Shop shop;

	private final List<Agent> agents;

	ChatHistory(Buyers buyers, Messages messages, Shop shop, List<Agent> agents) {
		this.buyers = buyers;
		this.messages = messages;
		this.shop = shop;
		this.agents = List.copyOf(agents);
	}

	/** {@code count} buyers a minute apart from {@code from}. */
	ChatHistory chats(LocalDate day, LocalTime from, int count) {
		List<NewMessage> chat = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Instant in = day.atTime(from).plusMinutes(i).atZone(SHANGHAI).toInstant();
			BuyerId buyer = buyers.recognise(shop.id(), "买家" + day + from + i, in).id();
			Agent agent = agents.get(i % agents.size());
			chat.add(new NewMessage(shop.id(), buyer, Direction.IN, MessageKind.TEXT, null, in, "在吗", null));
			chat.add(new NewMessage(shop.id(), buyer, Direction.OUT, MessageKind.TEXT, agent.id(), in.plusSeconds(20),
					"在的亲", null));
			chat.add(new NewMessage(shop.id(), buyer, Direction.IN, MessageKind.TEXT, null, in.plusSeconds(50), "有货吗",
					null));
			chat.add(new NewMessage(shop.id(), buyer, Direction.OUT, MessageKind.TEXT, agent.id(), in.plusSeconds(120),
					"有货的", null));
		}
		messages.append(chat);
		return this;
	}

}
