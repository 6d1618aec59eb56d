package io.kefu.appraisal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import io.kefu.appraisal.SuspectedCheating;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * A day of an agent's suspect auto-replies, the agent named as the requests name them (by
 * username), and whether the month already has a cheating record against the agent.
 */
record SuspectLine(long agentId, @Nullable String agent, String name, LocalDate day, int autoReplies, int fewestWaiting,
		Instant firstAt, boolean recorded) {

	static SuspectLine of(SuspectedCheating suspect, Map<AgentId, Agent> agents, boolean recorded) {
		Agent agent = agents.get(suspect.agent());
		return new SuspectLine(suspect.agent().value(), agent == null ? null : agent.username(),
				agent == null ? "" : agent.displayName(), suspect.day(), suspect.autoReplies(), suspect.fewestWaiting(),
				suspect.firstAt(), recorded);
	}

}
