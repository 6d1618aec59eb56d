package io.kefu.appraisal;

import java.time.Instant;
import java.time.LocalDate;

import io.kefu.staff.AgentId;

/**
 * An agent's suspect auto-replies of one business day (docs/appraisal.md, "Suspected
 * cheating"), for the supervisor to confirm as cheating or to leave.
 *
 * @param autoReplies how many of the agent's auto-replies that day were suspect
 * @param fewestWaiting the fewest buyers waiting for the agent at one of them
 * @param firstAt the first of them
 */
public record SuspectedCheating(AgentId agent, LocalDate day, int autoReplies, int fewestWaiting, Instant firstAt) {
}
