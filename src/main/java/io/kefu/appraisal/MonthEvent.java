package io.kefu.appraisal;

import java.time.Instant;

import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * A step of a month's approval, kept: who submitted, approved or reopened it, and why.
 */
public record MonthEvent(Action action, @Nullable AgentId agent, Instant at, @Nullable String reason) {

	public enum Action {

		SUBMITTED, APPROVED, REOPENED

	}

}
