package io.kefu.customer;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A customer in the list: who, what they bought, how they are tagged and grouped. */
public record CustomerRow(long id, String nick, @Nullable String phone, @Nullable String region, Instant firstSeen,
		PurchaseSummary purchases, boolean returning, List<String> tags, List<String> groups) {

	public CustomerRow {
		tags = List.copyOf(tags);
		groups = List.copyOf(groups);
	}

}
