package io.kefu.demo.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import io.kefu.order.Flag;
import io.kefu.order.OrderItem;
import io.kefu.order.Refund;
import io.kefu.order.Remark;
import io.kefu.shop.Sku;

import org.jspecify.annotations.Nullable;

/**
 * Places the demo orders and lives them to the end of the history: payment (now, the next
 * day after a reminder, or never and closed after 72 hours), shipping after the 16:00
 * cut-off rule, delivery, confirmation, the odd cancellation, the after-sales cases, and
 * the order clerk's note under a red flag.
 */
final class OrderDesk {

	private static final Duration UNPAID_TIMEOUT = Duration.ofHours(72);

	enum Payment {

		NOW, NEXT_DAY, NEVER

	}

	private final ZoneId zone;

	private final Instant horizon;

	private final TradeNumbers numbers = new TradeNumbers();

	private final AfterSalesDesk afterSales;

	private final @Nullable Clerk clerk;

	OrderDesk(ZoneId zone, Instant horizon, AfterSalesDesk afterSales, @Nullable Clerk clerk) {
		this.zone = zone;
		this.horizon = horizon;
		this.afterSales = afterSales;
		this.clerk = clerk;
	}

	/** The order clerk (打单) who reads red-flagged remarks before printing. */
	record Clerk(long id, String name) {
	}

	/**
	 * An order and, for one paid the next day or never, when its buyer was reminded to
	 * pay.
	 */
	record Sale(PlannedOrder order, @Nullable Instant remindedAt) {
	}

	boolean withinHistory(Instant at) {
		return !at.isAfter(horizon);
	}

	Sale place(RandomGenerator random, String nick, Lamp lamp, Sku sku, Destinations.Destination destination,
			Instant createdAt, Payment payment, List<Remark> remarks, DemoKnowledge.@Nullable Campaign campaign) {
		int quantity = random.nextInt(10) == 0 ? 2 : 1;
		List<OrderItem> items = List.of(new OrderItem(lamp.product().id(), sku.id(), lamp.product().title(), sku.spec(),
				quantity, sku.price()));
		BigDecimal total = sku.price().multiply(BigDecimal.valueOf(quantity));
		// about half the buyers take the campaign's coupon
		BigDecimal discount = campaign != null && random.nextBoolean() ? campaign.couponFor(total) : BigDecimal.ZERO;
		Instant remindedAt = payment == Payment.NOW ? null : nextMorning(random, createdAt);
		Instant paidAt = switch (payment) {
			case NOW -> createdAt.plusSeconds(random.nextInt(30, 600));
			case NEXT_DAY -> remindedAt.plusSeconds(random.nextInt(300, 4 * 3600));
			case NEVER -> null;
		};
		paidAt = paidAt == null || paidAt.isAfter(horizon) ? null : paidAt;
		remindedAt = remindedAt == null || remindedAt.isAfter(horizon) ? null : remindedAt;
		List<Remark> all = new ArrayList<>(remarks);
		Instant checkedAt = createdAt.plusSeconds(random.nextInt(1800, 3 * 3600));
		if (clerk != null && remarks.stream().anyMatch(r -> r.flag() == Flag.RED) && withinHistory(checkedAt)) {
			// no flag: the red one stays for whoever prints the label
			all.add(RemarkForm.write(clerk.id(), clerk.name(), "已核对备注,按要求打单", null, checkedAt, zone));
		}
		PlannedOrder order = new PlannedOrder(numbers.nextOrderNo(random), nick, createdAt, items,
				destination.receiver(), paidAt, null, null, discount, PlannedOrder.Fate.UNPAID, List.of(), all);
		return new Sale(paidAt == null ? unpaid(order) : paid(random, order, lamp, destination), remindedAt);
	}

	/**
	 * A buyer who orders without talking to anybody (静默下单), nearly always paying at once.
	 */
	PlannedOrder placeSilently(RandomGenerator random, String nick, Lamp lamp, Instant createdAt) {
		Sku sku = lamp.inStockOtherThan(lamp.anySku(random));
		Payment payment = random.nextInt(10) == 0 ? Payment.NEVER : Payment.NOW;
		return place(random, nick, lamp, sku, Destinations.next(random), createdAt, payment, List.of(), null).order();
	}

	private PlannedOrder unpaid(PlannedOrder order) {
		boolean closed = !order.createdAt().plus(UNPAID_TIMEOUT).isAfter(horizon);
		return closed ? withFate(order, PlannedOrder.Fate.CLOSED_UNPAID) : order;
	}

	private PlannedOrder paid(RandomGenerator random, PlannedOrder order, Lamp lamp,
			Destinations.Destination destination) {
		Instant shippedAt = shipping(random, order.paidAt());
		if (random.nextInt(40) == 0) {
			return cancelled(random, order, shippedAt);
		}
		if (shippedAt.isAfter(horizon)) {
			return withFate(order, PlannedOrder.Fate.PAID);
		}
		Instant deliveredAt = shippedAt.plus(Duration.ofDays(destination.days())).plusSeconds(random.nextInt(8 * 3600));
		Instant confirmedAt = deliveredAt.plus(Duration.ofDays(1 + random.nextInt(7)));
		PlannedOrder shipped = order.shipped(shippedAt, confirmedAt.isAfter(horizon) ? null : confirmedAt);
		return afterSales.consider(random, shipped, lamp, destination, deliveredAt);
	}

	/**
	 * Paid, then cancelled before printing (拍错了): refunded in full, closed, and still a
	 * paid order.
	 */
	private PlannedOrder cancelled(RandomGenerator random, PlannedOrder order, Instant shippedAt) {
		Instant requestedAt = order.paidAt().plusSeconds(random.nextInt(600, 3600));
		Instant refundedAt = requestedAt.plusSeconds(random.nextInt(600, 3600));
		if (refundedAt.isAfter(horizon) || refundedAt.isAfter(shippedAt)) {
			return withFate(order, PlannedOrder.Fate.PAID);
		}
		Refund refund = new Refund(TradeNumbers.refundNo(random), order.paidAmountPlanned(),
				Refund.RefundStatus.REFUNDED, "拍错了/多拍了", requestedAt, refundedAt, refundedAt);
		return withFate(order, PlannedOrder.Fate.PAID).withRefund(refund, true);
	}

	/**
	 * Orders paid before the 16:00 cut-off leave the same evening, later ones the next
	 * evening.
	 */
	private Instant shipping(RandomGenerator random, Instant paidAt) {
		ZonedDateTime paid = paidAt.atZone(zone);
		ZonedDateTime day = paid.toLocalTime().isBefore(LocalTime.of(16, 0)) ? paid : paid.plusDays(1);
		return day.toLocalDate().atTime(19, 0).atZone(zone).toInstant().plusSeconds(random.nextInt(2 * 3600));
	}

	private Instant nextMorning(RandomGenerator random, Instant createdAt) {
		return createdAt.atZone(zone)
			.toLocalDate()
			.plusDays(1)
			.atTime(9, 30)
			.atZone(zone)
			.toInstant()
			.plusSeconds(random.nextInt(3600));
	}

	private static PlannedOrder withFate(PlannedOrder order, PlannedOrder.Fate fate) {
		return order.withFate(fate);
	}

}
