package io.kefu.customer;

import java.util.List;

import io.kefu.shop.ShopId;

/**
 * What buyers said of the shop's service, for their profiles and the groups' rules;
 * provided by the module that records ratings and complaints.
 */
public interface BuyerRatings {

	RatingSummary of(ShopId shopId, BuyerId buyerId);

	/** Buyers who gave a low rating (1–2) or an upheld complaint. */
	List<Long> lowRaters(ShopId shopId);

}
