package io.kefu.reception.web;

import java.time.LocalDate;

import io.kefu.order.OrderStatus;
import io.kefu.reception.ArchiveQuery;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An archive search as its query parameters name it, for the API, the page and the
 * exports alike: {@code q}, {@code agent}, {@code buyer} (a nick), {@code buyerId},
 * {@code from}, {@code to}, {@code rule}, {@code orderStatus}, {@code product}.
 */
record ArchiveSearch(@Nullable String q, @Nullable Long agent, @Nullable String buyer, @Nullable Long buyerId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable String rule,
		@Nullable OrderStatus orderStatus, @Nullable Long product) {

	ArchiveQuery page(int page) {
		String nick = buyer == null || buyer.isBlank() ? null : buyer.strip();
		return new ArchiveQuery(q == null ? "" : q, agent, buyerId, nick, from, to, rule, orderStatus, product, page);
	}

	boolean namesABuyer() {
		return buyerId != null || (buyer != null && !buyer.isBlank());
	}

}
