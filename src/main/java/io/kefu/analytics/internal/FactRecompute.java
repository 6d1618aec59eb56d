package io.kefu.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kefu.analytics.FigureSettings;
import io.kefu.analytics.JudgeRule;
import io.kefu.customer.Buyer;
import io.kefu.customer.Buyers;
import io.kefu.order.Order;
import io.kefu.order.Orders;
import io.kefu.order.Refund;
import io.kefu.reception.Messages;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the facts that changed messages or orders of some business days touch: the
 * receptions of those days and the day before (whose grace reaches into the first), the
 * inquiry marks of the receptions of the following after-sales days, and the credits of
 * orders created or paid from the day before to the last day's validity.
 */
@Component
class FactRecompute {

	private final Messages messages;

	private final Orders orders;

	private final Buyers buyers;

	private final FactStore facts;

	private final DaySumsStore daySums;

	FactRecompute(Messages messages, Orders orders, Buyers buyers, FactStore facts, DaySumsStore daySums) {
		this.messages = messages;
		this.orders = orders;
		this.buyers = buyers;
		this.facts = facts;
		this.daySums = daySums;
	}

	/**
	 * Recomputes the facts and forgets the day sums of the days they touch.
	 * @return the days whose sums must be added up again
	 */
	@Transactional
	public DaySpan recompute(Shop shop, FigureSettings settings, LocalDate firstChanged, LocalDate lastChanged) {
		long shopId = shop.id().value();
		daySums.lock(shopId);
		LocalDate first = firstChanged.minusDays(1);
		Set<Long> own = ownBuyers(shop, settings);
		int reach = Math.max(settings.validityDays(), settings.afterSalesDays());
		List<Order> nearby = orders.paymentsActiveBetween(ShopId.of(shopId),
				shop.startOf(first).minus(Duration.ofDays(settings.afterSalesDays())),
				shop.startOf(lastChanged.plusDays(reach + 1)));
		Inquiries inquiries = new Inquiries(settings.afterSalesDays());
		Map<Long, List<Instant>> createdByBuyer = createdByBuyer(nearby);
		DayFacts dayFacts = sessionise(shop, settings, own, first, lastChanged);
		List<Reception> classified = dayFacts.receptions()
			.stream()
			.map(reception -> inquiries.classify(reception,
					createdByBuyer.getOrDefault(reception.buyerId(), List.of())))
			.toList();
		facts.replaceDays(shopId, first, lastChanged, classified, dayFacts.unreceived(),
				reception -> ReceptionSummary.of(reception, shop, settings));
		DaySpan reclassified = reclassifyFollowingDays(shopId, lastChanged, settings, inquiries, createdByBuyer);
		// a day's sums count the grace messages the next day's receptions repeat
		DaySpan touched = new DaySpan(first.minusDays(1), lastChanged).including(reclassified)
			.including(credit(shop, settings, first, lastChanged, nearby, own));
		daySums.forget(shopId, touched.first(), touched.last());
		return touched;
	}

	private DayFacts sessionise(Shop shop, FigureSettings settings, Set<Long> own, LocalDate first, LocalDate last) {
		ThreadSessions sessions = new ThreadSessions(shop, settings.grace());
		List<Reception> receptions = new ArrayList<>();
		List<UnreceivedDay> unreceived = new ArrayList<>();
		Instant until = shop.startOf(last.plusDays(1)).plus(settings.grace());
		messages.forEachThread(shop.id(), shop.startOf(first), until, List.of(), thread -> {
			if (own.contains(thread.get(0).buyerId().value())) {
				return;
			}
			ThreadSessions.ThreadFacts threadFacts = sessions.of(thread);
			for (Reception reception : threadFacts.receptions()) {
				if (within(reception.day(), first, last) && !(settings.filterEmptyChats() && reception.emptyChat())) {
					receptions.add(reception);
				}
			}
			for (UnreceivedDay day : threadFacts.unreceived()) {
				if (within(day.day(), first, last)) {
					unreceived.add(day);
				}
			}
		});
		return new DayFacts(receptions, unreceived);
	}

	/** Orders of the changed days may end or make inquiries of the days that follow. */
	private @Nullable DaySpan reclassifyFollowingDays(long shopId, LocalDate last, FigureSettings settings,
			Inquiries inquiries, Map<Long, List<Instant>> createdByBuyer) {
		if (settings.afterSalesDays() == 0) {
			return null;
		}
		List<ReceptionSummary> changed = new ArrayList<>();
		for (ReceptionSummary stored : facts.summaries(shopId, last.plusDays(1),
				last.plusDays(settings.afterSalesDays()))) {
			boolean inquiry = inquiries.isInquiry(stored.firstInAt(),
					createdByBuyer.getOrDefault(stored.buyerId(), List.of()));
			if (inquiry != stored.inquiry()) {
				changed.add(stored.classified(inquiry));
			}
		}
		facts.reclassify(shopId, changed);
		DaySpan days = null;
		for (ReceptionSummary reception : changed) {
			days = new DaySpan(reception.day(), reception.day()).including(days);
		}
		return days;
	}

	/**
	 * Credits the orders created or paid from the first day to the last day's validity.
	 * @return the days whose sums the credits touch: the days of the inquiries the orders
	 * may convert, their payment days and their refunds' days
	 */
	private @Nullable DaySpan credit(Shop shop, FigureSettings settings, LocalDate first, LocalDate last,
			List<Order> nearby, Set<Long> own) {
		LocalDate lastJudged = last.plusDays(settings.validityDays() - 1);
		List<Order> toCredit = new ArrayList<>();
		LocalDate earliest = null;
		LocalDate latest = null;
		for (Order order : nearby) {
			LocalDate created = shop.businessDay(order.createdAt());
			LocalDate paid = order.paidAt() == null ? null : shop.businessDay(order.paidAt());
			if (within(created, first, lastJudged) || (paid != null && within(paid, first, lastJudged))) {
				toCredit.add(order);
				earliest = earliest == null || created.isBefore(earliest) ? created : earliest;
				LocalDate judgedLast = paid != null ? paid : created;
				latest = latest == null || judgedLast.isAfter(latest) ? judgedLast : latest;
			}
		}
		if (toCredit.isEmpty()) {
			return null;
		}
		Set<Long> buyerIds = new HashSet<>();
		toCredit.forEach(order -> buyerIds.add(order.buyerId().value()));
		Map<Long, List<ChatTrail>> byBuyer = new HashMap<>();
		for (ChatTrail trail : facts.trailsOfBuyers(shop.id().value(), buyerIds,
				earliest.minusDays(settings.validityDays() - 1), latest)) {
			byBuyer.computeIfAbsent(trail.buyerId(), key -> new ArrayList<>()).add(trail);
		}
		OrderCrediting crediting = new OrderCrediting(shop, settings.validityDays(), settings.excludedFlags());
		Map<Long, Set<Credit>> stored = facts.creditsOf(toCredit.stream().map(order -> order.id().value()).toList());
		List<Credit> changedCredits = new ArrayList<>();
		List<Long> changedOrders = new ArrayList<>();
		DaySpan touched = null;
		for (Order order : toCredit) {
			long orderId = order.id().value();
			Set<Credit> credits = new HashSet<>();
			// the shop's own orders are credited to nobody and counted nowhere: no credit
			// row at all
			if (!own.contains(order.buyerId().value())) {
				List<ChatTrail> candidates = byBuyer.getOrDefault(order.buyerId().value(), List.of());
				for (JudgeRule rule : JudgeRule.values()) {
					credits.add(crediting.credit(orderId, order, rule, candidates));
				}
			}
			boolean changed = !credits.equals(stored.getOrDefault(orderId, Set.of()));
			if (changed) {
				changedOrders.add(orderId);
				changedCredits.addAll(credits);
			}
			if (changed || touches(shop, order, first, last)) {
				touched = daysCounting(shop, settings, order).including(touched);
			}
		}
		facts.replaceCredits(shop.id().value(), changedOrders, changedCredits);
		return touched;
	}

	/** Whether the order was created, paid or refunded on one of the days. */
	private static boolean touches(Shop shop, Order order, LocalDate first, LocalDate last) {
		if (within(shop.businessDay(order.createdAt()), first, last)
				|| (order.paidAt() != null && within(shop.businessDay(order.paidAt()), first, last))) {
			return true;
		}
		return order.refunds()
			.stream()
			.anyMatch(refund -> refund.refundedAt() != null
					&& within(shop.businessDay(refund.refundedAt()), first, last));
	}

	/**
	 * The days whose sums count the order: those of the inquiries it may convert, its
	 * payment day and its refunds' days.
	 */
	private static DaySpan daysCounting(Shop shop, FigureSettings settings, Order order) {
		LocalDate created = shop.businessDay(order.createdAt());
		DaySpan days = new DaySpan(created.minusDays(settings.validityDays() - 1), created);
		if (order.paidAt() != null) {
			LocalDate paid = shop.businessDay(order.paidAt());
			days = days.including(new DaySpan(paid, paid));
		}
		for (Refund refund : order.refunds()) {
			if (refund.refundedAt() != null) {
				LocalDate refunded = shop.businessDay(refund.refundedAt());
				days = days.including(new DaySpan(refunded, refunded));
			}
		}
		return days;
	}

	private Set<Long> ownBuyers(Shop shop, FigureSettings settings) {
		Set<Long> own = new HashSet<>();
		if (!settings.filterOwnAccounts()) {
			return own;
		}
		Set<String> nicks = new HashSet<>(settings.ownAccounts());
		nicks.add(shop.name());
		for (String nick : nicks) {
			buyers.findByNick(shop.id(), nick).map(Buyer::id).ifPresent(id -> own.add(id.value()));
		}
		return own;
	}

	private static Map<Long, List<Instant>> createdByBuyer(List<Order> orders) {
		Map<Long, List<Instant>> created = new HashMap<>();
		for (Order order : orders) {
			created.computeIfAbsent(order.buyerId().value(), key -> new ArrayList<>()).add(order.createdAt());
		}
		return created;
	}

	private static boolean within(LocalDate day, LocalDate first, LocalDate last) {
		return !day.isBefore(first) && !day.isAfter(last);
	}

	private record DayFacts(List<Reception> receptions, List<UnreceivedDay> unreceived) {
	}

	/** Business days from first to last. */
	record DaySpan(LocalDate first, LocalDate last) {

		DaySpan including(@Nullable DaySpan other) {
			if (other == null) {
				return this;
			}
			return new DaySpan(other.first.isBefore(first) ? other.first : first,
					other.last.isAfter(last) ? other.last : last);
		}

	}

}
