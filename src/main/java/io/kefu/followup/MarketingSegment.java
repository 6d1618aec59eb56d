package io.kefu.followup;

import io.kefu.shop.ProductId;

import org.jspecify.annotations.Nullable;

/**
 * Which past buyers a second-marketing list (二次营销, seed 000 售前客服工作流程) takes: buyers with
 * paid orders in the shop, narrowed by what they bought, how often, how long ago, and
 * whether they rated the shop well.
 *
 * @param product only buyers who paid for this product; any when null
 * @param minOrders at least this many paid orders (1 or more)
 * @param inactiveDays their last paid order at least this many days ago; any when null
 * @param positiveReviewers only buyers who gave a rating of 4 or 5
 */
public record MarketingSegment(@Nullable ProductId product, int minOrders, @Nullable Integer inactiveDays,
		boolean positiveReviewers) {

	public MarketingSegment {
		if (minOrders < 1) {
			throw new IllegalArgumentException("A segment takes buyers with at least one paid order, not " + minOrders);
		}
		if (inactiveDays != null && inactiveDays < 0) {
			throw new IllegalArgumentException("Inactive days are not negative: " + inactiveDays);
		}
	}

	public static MarketingSegment everyBuyer() {
		return new MarketingSegment(null, 1, null, false);
	}

}
