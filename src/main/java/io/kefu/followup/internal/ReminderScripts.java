package io.kefu.followup.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kefu.customer.Buyers;
import io.kefu.customer.PhoneMask;
import io.kefu.followup.Followup;
import io.kefu.followup.Channel;
import io.kefu.followup.FollowupKind;
import io.kefu.followup.LeftMessage;
import io.kefu.followup.FollowupScripts;
import io.kefu.followup.FollowupSequence;
import io.kefu.followup.Followups;
import io.kefu.followup.FollowupSettings;
import io.kefu.followup.PaymentReminder;
import io.kefu.followup.ReminderScript;
import io.kefu.followup.Touch;
import io.kefu.order.Order;
import io.kefu.order.OrderItem;
import io.kefu.order.Orders;
import io.kefu.reception.Direction;
import io.kefu.reception.Message;
import io.kefu.reception.MessageKind;
import io.kefu.reception.Messages;
import io.kefu.scripts.Script;
import io.kefu.scripts.ScriptDraft;
import io.kefu.scripts.ScriptGroup;
import io.kefu.scripts.RejectedChangeException;
import io.kefu.scripts.ScriptLibrary;
import io.kefu.shop.Product;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.jspecify.annotations.Nullable;

/**
 * The payment reminder's scripts: the 催付 group of the shop's library, seeded with the
 * seed's wording, and each step's script filled for a task from its order, its product's
 * selling points, what the buyer asked in the chat and the shop's settings.
 */
@Component
class ReminderScripts implements FollowupScripts {

	/** How far before the order the chat is read for the buyer's questions. */
	private static final Duration ASKED_BEFORE = Duration.ofHours(48);

	private static final int QUESTIONS = 5;

	private static final DateTimeFormatter ORDER_TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");

	private final ScriptLibrary library;

	private final Orders orders;

	private final Products products;

	private final Shops shops;

	private final Messages messages;

	private final Buyers buyers;

	private final Followups followups;

	private final TransactionTemplate ownTransaction;

	ReminderScripts(ScriptLibrary library, Orders orders, Products products, Shops shops, Messages messages,
			Buyers buyers, Followups followups, PlatformTransactionManager transactions) {
		this.followups = followups;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.library = library;
		this.orders = orders;
		this.products = products;
		this.shops = shops;
		this.messages = messages;
		this.buyers = buyers;
	}

	/**
	 * Puts the 催付 group and each step's script into the shop's library where they are
	 * missing; scripts the supervisor edited stay as they are. Runs in a transaction of
	 * its own: two imports that seed the same shop at once race for the group's name, and
	 * the loser looks again rather than undoing the reminders it opened.
	 * @return how many scripts were added
	 */
	@Override
	public int seed(ShopId shop) {
		try {
			return ownTransaction.execute(status -> addMissing(shop));
		}
		catch (RejectedChangeException raced) {
			return ownTransaction.execute(status -> addMissing(shop));
		}
	}

	private int addMissing(ShopId shop) {
		int added = 0;
		for (ReminderWording.Entry entry : ReminderWording.ENTRIES) {
			added += addIfMissing(shop, ReminderWording.GROUP, entry);
		}
		added += addIfMissing(shop, ReminderWording.INQUIRY_GROUP, ReminderWording.INQUIRY);
		added += addIfMissing(shop, ReminderWording.REVIEW_GROUP, ReminderWording.REVIEW);
		added += addIfMissing(shop, ReminderWording.VISIT_GROUP, ReminderWording.VISIT);
		added += addIfMissing(shop, ReminderWording.OFFLINE_GROUP, ReminderWording.OFFLINE);
		return added + addIfMissing(shop, ReminderWording.MARKETING_GROUP, ReminderWording.MARKETING);
	}

	private int addIfMissing(ShopId shop, String groupName, ReminderWording.Entry entry) {
		if (library.findByCode(shop, entry.code()).isPresent()) {
			return 0;
		}
		ScriptGroup group = library.groups(shop)
			.stream()
			.filter(candidate -> candidate.name().equals(groupName))
			.findFirst()
			.orElseGet(() -> library.addGroup(shop, groupName));
		library.add(shop, new ScriptDraft(group.id(), entry.code(), entry.title(), List.of(), List.of(entry.text())));
		return 1;
	}

	/**
	 * The script of a step, filled for the task. The buyer's phone shows only with the
	 * call's script and only within a call window; otherwise it is masked.
	 */
	@Override
	public ReminderScript script(Followup task, int step, String agentName, Instant now) {
		FollowupSettings settings = followups.settings(task.shopId());
		int steps = FollowupSequence.touchesOf(task.kind());
		if (step < 1 || step > steps) {
			throw new IllegalArgumentException("This follow-up has steps 1 to " + steps);
		}
		Shop shop = shops.get(task.shopId());
		boolean answered = task.touches()
			.stream()
			.filter(touch -> touch.step() == PaymentReminder.CALL_STEP)
			.map(Touch::outcome)
			.anyMatch(outcome -> outcome.reachedBuyer());
		ReminderWording.Entry entry = switch (task.kind()) {
			case PAYMENT_REMINDER -> ReminderWording.of(step, answered);
			case INQUIRY -> ReminderWording.INQUIRY;
			case REVIEW_REMINDER -> ReminderWording.REVIEW;
			case AFTER_SALES_VISIT -> ReminderWording.VISIT;
			case OFFLINE_MESSAGE -> ReminderWording.OFFLINE;
			case SECOND_MARKETING -> ReminderWording.MARKETING;
		};
		Optional<Script> script = library.findByCode(task.shopId(), entry.code());
		String title = script.map(Script::title).orElse(entry.title());
		String template = script.map(Script::text).orElse(entry.text());
		Optional<Order> order = task.orderId() == null ? Optional.empty() : orders.find(task.orderId());
		List<String> questions = questions(task);
		Optional<OrderItem> item = order.flatMap(o -> o.items().stream().findFirst());
		String sellingPoints = item.map(OrderItem::productId)
			.flatMap(id -> id == null ? Optional.empty() : products.find(id))
			.map(Product::sellingPoints)
			.filter(points -> !points.isEmpty())
			.map(points -> String.join(",", points.subList(0, Math.min(2, points.size()))))
			.orElse("");
		Optional<LeftMessage> left = task.kind() == FollowupKind.OFFLINE_MESSAGE ? followups.leftMessage(task.id())
				: Optional.empty();
		Map<String, String> values = Map.ofEntries(Map.entry("{买家}", task.buyerNick()),
				Map.entry("{商品}", item.map(OrderItem::title).orElse("宝贝")), Map.entry("{卖点}", sellingPoints),
				Map.entry("{截单时间}", settings.cutOff().toString()), Map.entry("{赠品}", settings.gift()),
				Map.entry("{店铺}", shop.name()), Map.entry("{客服}", agentName),
				Map.entry("{下单时间}", ORDER_TIME.format(task.startedAt().atZone(shop.timeZone()))),
				Map.entry("{问题}",
						questions.isEmpty() || task.kind() == FollowupKind.OFFLINE_MESSAGE ? ""
								: "您刚才咨询的“" + String.join(";", questions) + "”,"),
				Map.entry("{留言}", left.map(LeftMessage::content).map(ReminderScripts::shorten).orElse("")),
				Map.entry("{留言时间}",
						left.map(message -> ORDER_TIME.format(message.leftAt().atZone(shop.timeZone()))).orElse("")));
		String text = template;
		for (Map.Entry<String, String> value : values.entrySet()) {
			text = text.replace(value.getKey(), value.getValue());
		}
		boolean call = FollowupSequence.of(task.kind(), settings, shop.timeZone()).channelOf(step) == Channel.PHONE;
		boolean mayCall = call && settings.mayCallAt(now.atZone(shop.timeZone()).toLocalTime());
		String phone = phoneOf(task, order);
		return new ReminderScript(step, script.map(Script::code).orElse(null), title, text, questions,
				mayCall ? phone : PhoneMask.mask(phone), call, !mayCall);
	}

	@Override
	public String marketingText(ShopId shop) {
		String template = library.findByCode(shop, ReminderWording.MARKETING.code())
			.map(Script::text)
			.orElse(ReminderWording.MARKETING.text());
		return template.replace("{店铺}", shops.get(shop).name());
	}

	/**
	 * What the buyer asked: for a reminder, in the 48 hours before the order; for an
	 * inquiry, on its day from its first message on. The last five text messages.
	 */
	@Override
	public List<String> questions(Followup task) {
		if (task.kind() == FollowupKind.OFFLINE_MESSAGE) {
			return followups.leftMessage(task.id()).map(message -> List.of(message.content())).orElse(List.of());
		}
		if (task.kind() != FollowupKind.PAYMENT_REMINDER && task.kind() != FollowupKind.INQUIRY) {
			return List.of();
		}
		Instant from;
		Instant until;
		if (task.kind() == FollowupKind.INQUIRY) {
			from = task.startedAt();
			until = task.dueAt();
		}
		else {
			until = task.orderId() == null ? task.startedAt()
					: orders.find(task.orderId()).map(Order::createdAt).orElse(task.startedAt());
			from = until.minus(ASKED_BEFORE);
		}
		List<String> asked = new ArrayList<>();
		for (Message message : messages.thread(task.shopId(), task.buyerId())) {
			boolean inWindow = message.sentAt().isBefore(until) && !message.sentAt().isBefore(from);
			if (inWindow && message.direction() == Direction.IN && message.kind() == MessageKind.TEXT
					&& !message.content().isBlank()) {
				asked.add(shorten(message.content().strip()));
			}
		}
		return asked.subList(Math.max(0, asked.size() - QUESTIONS), asked.size());
	}

	private @Nullable String phoneOf(Followup task, Optional<Order> order) {
		String receiverPhone = order.map(Order::receiver).map(Order.Receiver::phone).orElse(null);
		if (receiverPhone != null && !receiverPhone.isBlank()) {
			return receiverPhone;
		}
		return buyers.find(task.buyerId()).map(buyer -> buyer.phone()).orElse(null);
	}

	private static String shorten(String text) {
		return text.length() <= 60 ? text : text.substring(0, 59) + "…";
	}

}
