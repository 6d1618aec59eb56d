package io.kefu.reception;

import java.time.Instant;

import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;

/**
 * An agent at the reception desk: presence, how many open conversations they hold against
 * their cap, and the buyers given to them today against their daily limit (only newly
 * certified after-sales agents have one).
 *
 * @param receives whether buyers are given to them: certified agents, and agents in
 * training under supervised reception
 * @param mentorId the mentor of an agent in training who receives buyers
 */
public record AgentSeat(long agentId, long shopId, String displayName, @Nullable SkillGroup skillGroup,
		Presence presence, @Nullable Instant since, int load, int cap, int buyersToday, @Nullable Integer dailyLimit,
		boolean receives, @Nullable Long mentorId) {
}
