package io.kefu.analytics.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.kefu.customer.BuyerId;
import io.kefu.order.Order;
import io.kefu.order.OrderItem;
import io.kefu.order.OrderNo;
import io.kefu.reception.Direction;
import io.kefu.reception.MessageHeader;
import io.kefu.reception.MessageKind;
import io.kefu.shop.Platform;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

/** Test data: a shop in Shanghai time, threads written message by message, orders. */
final class Chats {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final Shop SHOP = new Shop(new ShopId(1), "视谱台灯旗舰店", Platform.TAOBAO, SHANGHAI, LocalTime.MIDNIGHT);

	static final long AGENT_A = 11;

	static final long AGENT_B = 12;

	private static long nextId = 1;

	private final long buyerId;

	private final List<MessageHeader> messages = new ArrayList<>();

	private Chats(long buyerId) {
		this.buyerId = buyerId;
	}

	static Chats buyer(long buyerId) {
		return new Chats(buyerId);
	}

	/** A shop time, {@code 2026-11-02 10:00:00}. */
	static Instant at(String shopTime) {
		return LocalDateTime.parse(shopTime.replace(' ', 'T')).atZone(SHANGHAI).toInstant();
	}

	static LocalDate day(String date) {
		return LocalDate.parse(date);
	}

	Chats in(String shopTime) {
		return add(Direction.IN, MessageKind.TEXT, null, shopTime);
	}

	Chats card(String shopTime) {
		return add(Direction.IN, MessageKind.CARD, null, shopTime);
	}

	Chats reply(long agent, String shopTime) {
		return add(Direction.OUT, MessageKind.TEXT, agent, shopTime);
	}

	Chats autoReply(long agent, String shopTime) {
		return add(Direction.OUT, MessageKind.AUTO_REPLY, agent, shopTime);
	}

	Chats system(long agent, String shopTime) {
		return add(Direction.OUT, MessageKind.SYSTEM, agent, shopTime);
	}

	private Chats add(Direction direction, MessageKind kind, Long agent, String shopTime) {
		messages.add(new MessageHeader(nextId++, BuyerId.of(buyerId), direction, kind,
				agent == null ? null : AgentId.of(agent), at(shopTime)));
		return this;
	}

	List<MessageHeader> thread() {
		return List.copyOf(messages);
	}

	/** An order of the buyer, created at a shop time, unpaid, of one item. */
	static Order order(long buyerId, String createdAt, String amount) {
		return Order.place(SHOP.id(), OrderNo.of("T" + nextId++), BuyerId.of(buyerId), at(createdAt),
				List.of(new OrderItem(null, null, "护眼台灯", "白色", 1, new BigDecimal(amount))), BigDecimal.ZERO, null);
	}

	static Order paid(Order order, String paidAt) {
		return order.pay(at(paidAt), order.totalAmount());
	}

}
