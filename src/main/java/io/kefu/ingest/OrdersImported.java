package io.kefu.ingest;

import java.time.LocalDate;
import java.util.Set;

import io.kefu.shop.ShopId;

/**
 * An import inserted or changed orders of these business days (creation, payment or
 * refund).
 */
public record OrdersImported(ShopId shopId, Set<LocalDate> businessDays) {

	public OrdersImported {
		businessDays = Set.copyOf(businessDays);
	}
}
