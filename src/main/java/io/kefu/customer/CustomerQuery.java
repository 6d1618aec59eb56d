package io.kefu.customer;

import org.jspecify.annotations.Nullable;

/**
 * A search of the shop's customers: {@code q} a part of the nick, {@code tag} a tag they
 * carry, {@code group} a group's name they are in; {@code page} counts from 1.
 */
public record CustomerQuery(@Nullable String q, @Nullable String tag, @Nullable String group, int page) {

	public static final int PAGE_SIZE = 50;

	public CustomerQuery {
		q = blankToNull(q);
		tag = blankToNull(tag);
		group = blankToNull(group);
		if (page < 1 || page > 10_000) {
			throw new InvalidCustomerInputException("page", "is 1 to 10000, not " + page);
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
