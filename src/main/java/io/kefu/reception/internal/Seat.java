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
 * against the cap, certification, and the buyers given to them this business day.
 *
 * @param certified only certified agents (上岗) receive buyers alone
 * @param buyersToday distinct buyers assigned to the agent this business day
 * @param lastAssignedAt the agent's latest assignment, to share ties fairly
 */
record Seat(long agentId, SkillGroup group, Presence presence, int load, int cap, boolean certified,
		@Nullable LocalDate certifiedOn, Set<Long> buyersToday, @Nullable Instant lastAssignedAt) {

	/** Seed 000: a new after-sales agent takes at most 10 buyers a day ... */
	static final int NEW_AFTER_SALES_DAILY_LIMIT = 10;

	/** ... for their first three days. */
	static final int NEW_AFTER_SALES_DAYS = 3;

	Seat {
		buyersToday = Set.copyOf(buyersToday);
	}

	/**
	 * 10 on the day of certification and the two days after it for an after-sales agent;
	 * none otherwise.
	 */
	@Nullable Integer dailyLimit(LocalDate today) {
		if (group != SkillGroup.AFTER_SALES || certifiedOn == null || today.isBefore(certifiedOn)
				|| !today.isBefore(certifiedOn.plusDays(NEW_AFTER_SALES_DAYS))) {
			return null;
		}
		return NEW_AFTER_SALES_DAILY_LIMIT;
	}

	/**
	 * Online, below the cap and within the daily limit; a buyer already given to the
	 * agent today does not count twice.
	 */
	boolean canTake(long buyerId, LocalDate today) {
		if (presence != Presence.ONLINE || !certified || load >= cap) {
			return false;
		}
		Integer limit = dailyLimit(today);
		return limit == null || buyersToday.contains(buyerId) || buyersToday.size() < limit;
	}

	Seat withBuyer(long buyerId, Instant at) {
		Set<Long> buyers = new HashSet<>(buyersToday);
		buyers.add(buyerId);
		return new Seat(agentId, group, presence, load + 1, cap, certified, certifiedOn, buyers, at);
	}

}
