package io.kefu.reception;

import java.time.Instant;

import io.kefu.staff.AgentId;

/**
 * A stretch of time an agent was at the desk ({@link Presence#isAtDesk() online or busy})
 * without a break: from signing in (or coming back) until going away or signing out.
 *
 * @param agent the agent
 * @param from when they came to the desk, or the start of the period asked about if
 * earlier
 * @param to when they left it, or the end of the period asked about (or now) if they had
 * not left by then
 */
public record PresenceSpan(AgentId agent, Instant from, Instant to) {

	public PresenceSpan {
		if (!to.isAfter(from)) {
			throw new IllegalArgumentException("A span ends after it starts: " + from + " to " + to);
		}
	}

	/** Whether the agent was at the desk at that instant. */
	public boolean covers(Instant at) {
		return !at.isBefore(from) && at.isBefore(to);
	}

}
