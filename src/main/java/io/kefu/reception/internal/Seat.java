package io.kefu.reception.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import io.kefu.reception.Presence;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;

/**
 * What the router knows of one agent with a skill group: presence, open conversations
 * against the cap, whether they receive buyers, and the buyers given to them this
 * business day.
 *
 * @param cap their own cap; for an agent in training, the lower of it and the cap of
 * supervised reception
 * @param receives certified agents (上岗), and agents in training whose plan has reached
 * supervised reception under a mentor; nobody else is given buyers
 * @param mentorId the mentor of an agent in training who receives buyers
 * @param newcomerSince the day they started receiving buyers: their certification (上岗),
 * or for an agent in training the first day of supervised reception
 * @param buyersToday distinct buyers assigned to the agent this business day
 * @param lastAssignedAt the agent's latest assignment, to share ties fairly
 */
record Seat(long agentId, SkillGroup group, Presence presence, int load, int cap, boolean receives,
		@Nullable Long mentorId, @Nullable LocalDate newcomerSince, Set<Long> buyersToday,
		@Nullable Instant lastAssignedAt) {

	/** Seed 000: a new after-sales agent takes at most 10 buyers a day ... */
	static final int NEW_AFTER_SALES_DAILY_LIMIT = 10;

	/** ... for their first three days. */
	static final int NEW_AFTER_SALES_DAYS = 3;

	Seat {
		buyersToday = Set.copyOf(buyersToday);
	}

	/**
	 * 10 for an after-sales agent on the day they started receiving buyers and the two
	 * days after it; none otherwise.
	 */
	@Nullable Integer dailyLimit(LocalDate today) {
		if (group != SkillGroup.AFTER_SALES || newcomerSince == null || today.isBefore(newcomerSince)
				|| !today.isBefore(newcomerSince.plusDays(NEW_AFTER_SALES_DAYS))) {
			return null;
		}
		return NEW_AFTER_SALES_DAILY_LIMIT;
	}

	/**
	 * Online, below the cap and within the daily limit; a buyer already given to the
	 * agent today does not count twice.
	 */
	boolean canTake(long buyerId, LocalDate today) {
		if (presence != Presence.ONLINE || !receives || load >= cap) {
			return false;
		}
		Integer limit = dailyLimit(today);
		return limit == null || buyersToday.contains(buyerId) || buyersToday.size() < limit;
	}

	Seat withBuyer(long buyerId, Instant at) {
		Set<Long> buyers = new HashSet<>(buyersToday);
		buyers.add(buyerId);
		return new Seat(agentId, group, presence, load + 1, cap, receives, mentorId, newcomerSince, buyers, at);
	}

}
