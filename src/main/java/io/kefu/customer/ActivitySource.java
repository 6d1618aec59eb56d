package io.kefu.customer;

import java.util.List;

import io.kefu.shop.ShopId;

/**
 * A module's contacts with a buyer for the timeline (活动记录): its chats, touches, cases or
 * reviews, newest first, at most {@code limit}.
 */
public interface ActivitySource {

	List<Activity> of(ShopId shopId, BuyerId buyerId, int limit);

}
