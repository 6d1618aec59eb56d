package io.kefu.customer;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A contact recorded by hand: a promotion sent, a visit, a gift, anything else. */
public record NewActivity(@Nullable ActivityKind kind, @Nullable Instant happenedAt, @Nullable String summary) {

	public NewActivity {
		if (kind == null || !kind.recordedByHand()) {
			throw new InvalidCustomerInputException("kind", "is MARKETING, VISIT, GIFT or OTHER");
		}
		ContactTimes.require("happenedAt", happenedAt);
		summary = summary == null ? "" : summary.strip();
		if (summary.isEmpty() || summary.length() > 500 || !VisibleText.isVisibleLine(summary)) {
			throw new InvalidCustomerInputException("summary", "is 1 to 500 characters");
		}
	}

}
