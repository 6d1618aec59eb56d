package io.kefu.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import io.kefu.order.Orders;
import io.kefu.reception.Messages;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;

import org.springframework.stereotype.Component;

/**
 * Counts the current business day of a shop, which starts at the shop's day split, not at
 * midnight.
 */
@Component
class TodayFigures {

	private final Messages messages;

	private final Orders orders;

	private final Clock clock;

	TodayFigures(Messages messages, Orders orders, Clock clock) {
		this.messages = messages;
		this.orders = orders;
		this.clock = clock;
	}

	DayFigures of(Shop shop) {
		LocalDate day = shop.businessDay(clock.instant());
		Instant from = shop.startOf(day);
		Instant to = shop.startOf(day.plusDays(1));
		long shopId = shop.id().value();
		Orders.OrderCounts counts = orders.countCreatedBetween(ShopId.of(shopId), from, to);
		return new DayFigures(day, messages.consultingBuyersBetween(shop.id(), from, to),
				messages.countBetween(shop.id(), from, to), counts.created(), counts.paid(),
				orders.paidAmountBetween(ShopId.of(shopId), from, to));
	}

}
