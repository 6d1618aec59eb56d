package io.kefu.reception.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import io.kefu.reception.Presence;
import io.kefu.staff.SkillGroup;

/**
 * Builds the router's seats and queued buyers for tests: online, certified, empty by
 * default.
 */
final class Seats {

	private final long agentId;

	private SkillGroup group = SkillGroup.PRE_SALES;

	private Presence presence = Presence.ONLINE;

	private int load;

	private int cap = 5;

	private boolean receives = true;

	private Long mentorId;

	private LocalDate certifiedOn;

	private final Set<Long> buyersToday = new HashSet<>();

	private Instant lastAssignedAt;

	private Seats(long agentId) {
		this.agentId = agentId;
	}

	static Seats agent(long agentId) {
		return new Seats(agentId);
	}

	Seats afterSales() {
		this.group = SkillGroup.AFTER_SALES;
		return this;
	}

	Seats presence(Presence presence) {
		this.presence = presence;
		return this;
	}

	Seats load(int load) {
		this.load = load;
		return this;
	}

	Seats cap(int cap) {
		this.cap = cap;
		return this;
	}

	/** In training, before supervised reception: given no buyers. */
	Seats trainee() {
		this.receives = false;
		return this;
	}

	/** In training, receiving buyers under a mentor. */
	Seats supervisedBy(long mentorId) {
		this.mentorId = mentorId;
		this.receives = true;
		return this;
	}

	/**
	 * Certified on the day, or for an agent in training, in supervised reception since
	 * it.
	 */
	Seats certifiedOn(LocalDate day) {
		this.certifiedOn = day;
		return this;
	}

	Seats servedToday(long... buyers) {
		for (long buyer : buyers) {
			buyersToday.add(buyer);
		}
		return this;
	}

	Seats lastAssignedAt(Instant at) {
		this.lastAssignedAt = at;
		return this;
	}

	Seat seat() {
		return new Seat(agentId, group, presence, load, cap, receives, mentorId, certifiedOn, buyersToday,
				lastAssignedAt);
	}

	static QueuedBuyer buyer(long conversationId, long buyerId, SkillGroup group, Long lastAgent, Instant queuedAt) {
		return new QueuedBuyer(conversationId, buyerId, group, lastAgent, queuedAt);
	}

}
