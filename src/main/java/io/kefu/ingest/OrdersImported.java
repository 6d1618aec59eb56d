package io.kefu.ingest;

import java.time.LocalDate;
import java.util.Set;

/**
 * An import inserted or changed orders of these business days (creation, payment or
 * refund).
 */
public record OrdersImported(long shopId, Set<LocalDate> businessDays) {

	public OrdersImported {
		businessDays = Set.copyOf(businessDays);
	}
}
