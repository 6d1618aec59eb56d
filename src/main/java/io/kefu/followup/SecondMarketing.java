package io.kefu.followup;

import java.time.Instant;
import java.util.List;

import io.kefu.shop.ShopId;

/** Second-marketing lists (二次营销): the shop's past buyers by segment, for a promotion. */
public interface SecondMarketing {

	/** The most buyers one list holds. */
	int LIMIT = 10_000;

	/**
	 * The shop's buyers in the segment as of {@code now}, who paid last first, at most
	 * {@link #LIMIT}. The shop's own accounts are not left out here: the figures' filters
	 * are the figures'.
	 */
	List<MarketingTarget> buyers(ShopId shop, MarketingSegment segment, Instant now);

}
