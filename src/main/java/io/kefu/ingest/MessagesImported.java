package io.kefu.ingest;

import java.time.LocalDate;
import java.util.Set;

import io.kefu.shop.ShopId;

/** An import stored messages of these business days. */
public record MessagesImported(ShopId shopId, Set<LocalDate> businessDays) {

	public MessagesImported {
		businessDays = Set.copyOf(businessDays);
	}
}
