package io.kefu.followup;

import java.time.Instant;

import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/** One touch of a follow-up: its step (1–4), how, with what outcome, by whom and when. */
public record Touch(int step, Channel channel, TouchOutcome outcome, @Nullable AgentId agentId, Instant at,
		@Nullable String note) {
}
