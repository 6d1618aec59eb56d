package io.kefu.reception.web;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import io.kefu.access.Caller;
import io.kefu.access.Role;
import io.kefu.customer.BuyerId;
import io.kefu.order.Order;
import io.kefu.order.OrderId;
import io.kefu.order.OrderNo;
import io.kefu.order.OrderPanel;
import io.kefu.order.PanelOrder;
import io.kefu.order.UnknownOrderException;
import io.kefu.order.VerificationMessage;
import io.kefu.reception.ConversationSummary;
import io.kefu.reception.InvalidChatInputException;
import io.kefu.reception.LiveChat;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The orders beside a chat (docs/orders.md): the conversation's buyer's orders, finding
 * one by its number or the phone's last four digits, linking it to the buyer, and the
 * verification (核实) message built from it. Agents and supervisors who see the
 * conversation read; the agent who has it, or a supervisor, links and verifies. A
 * conversation of another shop is not found.
 */
@RestController
class ConversationOrdersApi {

	private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");

	private static final int FOUND_AT_MOST = 20;

	private final LiveChat chat;

	private final OrderPanel panel;

	private final Clock clock;

	ConversationOrdersApi(LiveChat chat, OrderPanel panel, Clock clock) {
		this.chat = chat;
		this.panel = panel;
		this.clock = clock;
	}

	/**
	 * The buyer's own and linked orders, newest first (at most {@code limit}, 1–100), or
	 * with {@code orderNo} the shop's order of that number, or with {@code phoneLast4}
	 * the shop's orders whose receiver's phone ends so (at most 20).
	 */
	@GetMapping("/api/v1/agent/conversations/{id}/orders")
	List<PanelOrder> orders(@PathVariable long id, @RequestParam(defaultValue = "20") int limit,
			@RequestParam(required = false) @Nullable String orderNo,
			@RequestParam(required = false) @Nullable String phoneLast4, Caller caller) {
		ConversationSummary conversation = readable(id, caller);
		ShopId shop = ShopId.of(conversation.shopId());
		BuyerId buyer = BuyerId.of(conversation.buyerId());
		if (orderNo != null || phoneLast4 != null) {
			return lookUp(shop, buyer, orderNo, phoneLast4);
		}
		if (limit < 1 || limit > OrderPanel.MAX_ORDERS) {
			throw new InvalidChatInputException("limit", "from 1 to " + OrderPanel.MAX_ORDERS + ", not " + limit);
		}
		return panel.ofBuyer(shop, buyer, limit);
	}

	/**
	 * The buyer says a found order is theirs: it shows among their orders from now on.
	 * The agent passes what the buyer gave, {@code orderNo} or {@code phoneLast4}, and
	 * only an order that finds is linked: a link opens the whole receiver to the
	 * verification message, so an order id alone (any order of the shop) is not enough.
	 */
	@PostMapping("/api/v1/agent/conversations/{id}/orders/{orderId}/link")
	PanelOrder link(@PathVariable long id, @PathVariable long orderId,
			@RequestParam(required = false) @Nullable String orderNo,
			@RequestParam(required = false) @Nullable String phoneLast4, Caller caller) {
		ConversationSummary conversation = held(id, caller);
		ShopId shop = ShopId.of(conversation.shopId());
		BuyerId buyer = BuyerId.of(conversation.buyerId());
		OrderId order = order(orderId);
		if (orderNo == null && phoneLast4 == null) {
			throw new InvalidChatInputException("orderNo",
					"the order number or the last four digits of the receiver's phone the buyer gave (orderNo or phoneLast4)");
		}
		if (lookUp(shop, buyer, orderNo, phoneLast4).stream().noneMatch(candidate -> candidate.id() == orderId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no order " + orderId + " found by the "
					+ (orderNo != null ? "orderNo" : "phoneLast4") + " given");
		}
		return panel.link(shop, buyer, order, AgentId.of(caller.agentId()), clock.instant());
	}

	/**
	 * The 核实 message for one of the buyer's orders: receiver's name and address whole,
	 * phone masked, items with colour/size. Only here is the receiver shown whole.
	 */
	@GetMapping("/api/v1/agent/conversations/{id}/orders/{orderId}/verification")
	Verification verification(@PathVariable long id, @PathVariable long orderId, Caller caller) {
		ConversationSummary conversation = held(id, caller);
		Order order = panel
			.ofBuyerOrLinked(ShopId.of(conversation.shopId()), BuyerId.of(conversation.buyerId()), order(orderId))
			.orElseThrow(() -> new UnknownOrderException(OrderId.of(orderId)));
		return new Verification(order.id().value(), order.orderNo().value(), VerificationMessage.of(order));
	}

	@ExceptionHandler(UnknownOrderException.class)
	ProblemDetail unknownOrder(UnknownOrderException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	/**
	 * Whoever sees the conversation and serves buyers: its shop's agents and supervisors.
	 */
	private ConversationSummary readable(long id, Caller caller) {
		ConversationSummary conversation = chat.conversation(caller, PathIds.conversation(id));
		if (!caller.has(Role.PRE_SALES) && !caller.has(Role.AFTER_SALES) && !caller.supervises()) {
			throw new AccessDeniedException("Only agents and supervisors read the orders beside a chat");
		}
		return conversation;
	}

	/** The agent who has the conversation, or a supervisor of its shop. */
	private ConversationSummary held(long id, Caller caller) {
		ConversationSummary conversation = readable(id, caller);
		Long agent = conversation.agentId();
		if (!caller.supervises() && (agent == null || agent != caller.agentId())) {
			throw new AccessDeniedException("Only the agent who has conversation " + id + " or a supervisor");
		}
		return conversation;
	}

	/**
	 * The shop's order of that number, else its orders whose receiver's phone ends so.
	 */
	private List<PanelOrder> lookUp(ShopId shop, BuyerId buyer, @Nullable String orderNo, @Nullable String phoneLast4) {
		return orderNo != null ? panel.withNumber(shop, buyer, orderNumber(orderNo))
				: panel.withPhoneEnding(shop, buyer, fourDigits(phoneLast4), FOUND_AT_MOST);
	}

	private static OrderId order(long orderId) {
		if (orderId <= 0) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no order " + orderId);
		}
		return OrderId.of(orderId);
	}

	private static String fourDigits(String value) {
		if (!FOUR_DIGITS.matcher(value.strip()).matches()) {
			throw new InvalidChatInputException("phoneLast4", "the last four digits of the receiver's phone");
		}
		return value.strip();
	}

	private static OrderNo orderNumber(String value) {
		try {
			return OrderNo.of(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidChatInputException("orderNo", "letters, digits, - and _ only, at most 64");
		}
	}

	/** The message to send, and the order it was built from. */
	record Verification(long orderId, String orderNo, String text) {
	}

}
