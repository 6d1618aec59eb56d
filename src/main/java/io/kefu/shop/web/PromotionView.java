package io.kefu.shop.web;

import java.time.Instant;
import java.time.LocalDate;

import io.kefu.shop.Promotion;
import io.kefu.shop.Shop;

/**
 * A promotion as the API and the pages show it: its first and last business day (both
 * included), the moments it starts and ends, and whether it runs now.
 */
record PromotionView(long id, String name, LocalDate startDate, LocalDate endDate, Instant startsAt, Instant endsAt,
		String rules, String script, String autoReply, boolean running) {

	static PromotionView of(Shop shop, Promotion p, Instant now) {
		return new PromotionView(p.id(), p.name(), shop.businessDay(p.startsAt()),
				shop.businessDay(p.endsAt().minusNanos(1)), p.startsAt(), p.endsAt(), p.rules(), p.script(),
				p.autoReply(), p.runsAt(now));
	}

	/** Whether it ended before {@code now}: the list shows these apart. */
	boolean ended(Instant now) {
		return !endsAt.isAfter(now);
	}

}
