package io.kefu.customer;

import org.jspecify.annotations.Nullable;

/**
 * The ratings a buyer gave the shop's agents (1–5), the low ones among them (低评), and
 * their complaints, upheld or not.
 */
public record RatingSummary(int ratings, @Nullable Double average, int low, int complaints, int upheldComplaints) {

	public static final RatingSummary NONE = new RatingSummary(0, null, 0, 0, 0);

}
