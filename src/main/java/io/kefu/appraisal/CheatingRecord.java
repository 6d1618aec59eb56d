package io.kefu.appraisal;

import java.time.Instant;
import java.time.LocalDate;

import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/** Cheating (作弊) recorded against an agent on a day: it voids the month's bonuses. */
public record CheatingRecord(long id, AgentId agent, LocalDate day, String note, @Nullable AgentId enteredBy,
		Instant enteredAt) {
}
