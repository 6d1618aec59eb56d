package io.kefu.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Consecutive buyer messages of one business day with no human agent message between
 * them, and the human message that answered them if it came in time.
 *
 * @param messages how many buyer messages the run has
 * @param allCards whether every one of them is a card
 * @param owner the agent the run belongs to, or null for an unreceived consultation
 */
record QuestionRun(long buyerId, LocalDate day, long firstMessageId, Instant firstAt, Instant lastAt, int messages,
		boolean allCards, @Nullable Instant answeredAt, @Nullable Long owner) {

	boolean answered() {
		return answeredAt != null;
	}

	/** The answer's time minus the first buyer message's time, in seconds. */
	@Nullable Double responseSeconds() {
		return answeredAt == null ? null : seconds(Duration.between(firstAt, answeredAt));
	}

	static double seconds(Duration duration) {
		return duration.getSeconds() + duration.getNano() / 1e9;
	}

}
