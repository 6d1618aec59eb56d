package io.kefu.customer;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** A call to record: {@code outgoing} when the shop called. */
public record NewCall(boolean outgoing, @Nullable Instant startedAt, int durationSeconds, @Nullable CallOutcome outcome,
		@Nullable String notes, @Nullable Set<CallEtiquette> etiquette) {

	/** The longest call recorded: a day. */
	public static final int MAX_SECONDS = 86_400;

	public NewCall {
		ContactTimes.require("startedAt", startedAt);
		if (durationSeconds < 0 || durationSeconds > MAX_SECONDS) {
			throw new InvalidCustomerInputException("durationSeconds", "is 0 to " + MAX_SECONDS);
		}
		if (outcome == null) {
			throw new InvalidCustomerInputException("outcome", "is required");
		}
		notes = notes == null ? "" : notes.strip();
		if (notes.length() > 2000) {
			throw new InvalidCustomerInputException("notes", "is at most 2000 characters");
		}
		etiquette = etiquette == null ? Set.of() : Set.copyOf(etiquette);
	}

}
