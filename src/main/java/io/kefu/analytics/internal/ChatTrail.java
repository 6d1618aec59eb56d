package io.kefu.analytics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What crediting reads of a reception: whose it is, when the buyer first wrote, and when
 * the agent sent each human message (grace included).
 */
record ChatTrail(long agent, long buyerId, LocalDate day, Instant firstInAt, List<Instant> humanMessageTimes) {

	ChatTrail {
		humanMessageTimes = List.copyOf(humanMessageTimes);
	}

	static ChatTrail of(Reception reception) {
		return new ChatTrail(reception.agent(), reception.buyerId(), reception.day(), reception.firstInAt(),
				reception.humanMessageTimes());
	}

	/** The agent's latest human message strictly before a moment. */
	Optional<Instant> latestHumanMessageBefore(Instant moment) {
		Instant latest = null;
		for (Instant sent : humanMessageTimes) {
			if (!sent.isBefore(moment)) {
				break;
			}
			latest = sent;
		}
		return Optional.ofNullable(latest);
	}

}
