package io.kefu.customer;

import java.time.Instant;

import io.kefu.shop.ShopId;

import org.jspecify.annotations.Nullable;

/** A buyer of one shop, known by the marketplace member name (买家会员名). */
public record Buyer(BuyerId id, ShopId shopId, String nick, @Nullable String phone, @Nullable String region,
		Instant firstSeen) {

	/** The phone as shown outside the views that need it: 138****5678. */
	public @Nullable String maskedPhone() {
		return PhoneMask.mask(phone);
	}
}
