package io.kefu.customer;

import io.kefu.shop.ShopId;

/** The follow-ups still open on a buyer; provided by the module that keeps them. */
public interface OpenFollowups {

	int of(ShopId shopId, BuyerId buyerId);

}
