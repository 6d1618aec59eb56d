package io.kefu.customer;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * When a recorded contact can have happened: from 2000 on, and not in the future (a day
 * of leeway for clocks and time zones); a year typed wrong would otherwise sit at the top
 * of the timeline for good.
 */
final class ContactTimes {

	static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

	private ContactTimes() {
	}

	static void require(String field, @Nullable Instant at) {
		if (at == null) {
			throw new InvalidCustomerInputException(field, "is required");
		}
		if (at.isBefore(EARLIEST) || at.isAfter(Instant.now().plusSeconds(86_400))) {
			throw new InvalidCustomerInputException(field, "is a time from 2000 to now");
		}
	}

}
