package io.kefu.ingest;

import java.time.LocalDate;
import java.util.Set;

/** An import stored messages of these business days. */
public record MessagesImported(long shopId, Set<LocalDate> businessDays) {

	public MessagesImported {
		businessDays = Set.copyOf(businessDays);
	}
}
