package io.kefu.reception;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A search of a shop's archive: the words every message found holds (separated by spaces;
 * none: every message), and filters. Days are business days, both included; none given,
 * all time. {@code page} counts from 1.
 */
public record ArchiveQuery(String words, @Nullable Long agentId, @Nullable Long buyerId, @Nullable String buyerNick,
		@Nullable LocalDate from, @Nullable LocalDate to, int page) {

	public static final int PAGE_SIZE = 20;

	/** The deepest page served: past it, narrow the search. */
	public static final int LAST_PAGE = 500;

	public ArchiveQuery {
		words = words == null ? "" : words;
		if (page < 1 || page > LAST_PAGE) {
			throw new InvalidChatInputException("page", "is a page from 1 to " + LAST_PAGE + ", not " + page);
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidChatInputException("to", "is before from: " + to + " < " + from);
		}
		if (words.length() > 200) {
			throw new InvalidChatInputException("q", "is at most 200 characters");
		}
	}

	/** The same search, every match at once (exports). */
	public ArchiveQuery firstPage() {
		return new ArchiveQuery(words, agentId, buyerId, buyerNick, from, to, 1);
	}

}
