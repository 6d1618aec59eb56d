package io.kefu.reception;

import java.time.LocalDate;

import io.kefu.order.OrderStatus;

import org.jspecify.annotations.Nullable;

/**
 * A search of a shop's archive: the words every message found holds (separated by spaces;
 * none: every message), and filters: the agent, the buyer (by id or nick), the business
 * days (both included; none given, all time), an inspection rule the message broke, and
 * the buyer's orders (in a status, holding a product). {@code page} counts from 1.
 */
public record ArchiveQuery(String words, @Nullable Long agentId, @Nullable Long buyerId, @Nullable String buyerNick,
		@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String rule, @Nullable OrderStatus orderStatus,
		@Nullable Long productId, int page) {

	public static final int PAGE_SIZE = 20;

	/** The deepest page served: past it, narrow the search. */
	public static final int LAST_PAGE = 500;

	private static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 1);

	private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

	public ArchiveQuery {
		words = words == null ? "" : words;
		if (page < 1 || page > LAST_PAGE) {
			throw new InvalidChatInputException("page", "is a page from 1 to " + LAST_PAGE + ", not " + page);
		}
		day("from", from);
		day("to", to);
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidChatInputException("to", "is before from: " + to + " < " + from);
		}
		if (words.length() > 200) {
			throw new InvalidChatInputException("q", "is at most 200 characters");
		}
		rule = rule == null || rule.isBlank() ? null : rule.strip();
	}

	/** The words and the agent, buyer and day filters alone. */
	public ArchiveQuery(String words, @Nullable Long agentId, @Nullable Long buyerId, @Nullable String buyerNick,
			@Nullable LocalDate from, @Nullable LocalDate to, int page) {
		this(words, agentId, buyerId, buyerNick, from, to, null, null, null, page);
	}

	private static void day(String field, @Nullable LocalDate day) {
		if (day != null && (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY))) {
			throw new InvalidChatInputException(field, "is a day from " + FIRST_DAY + " to " + LAST_DAY);
		}
	}

}
