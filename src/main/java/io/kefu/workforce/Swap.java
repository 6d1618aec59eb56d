package io.kefu.workforce;

import java.time.Instant;
import java.time.LocalDate;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * 换班: two agents trade their published shifts of a day. The agent who proposes it
 * ({@code from}) asks a colleague ({@code to}); the colleague accepts or declines; a
 * supervisor approves it, after the roster rules are checked again, or refuses it. When
 * one of the two is off that day the swap is a cover: the other works for them.
 *
 * @param id the swap's number
 * @param shop the shop
 * @param day the day whose shifts are traded
 * @param from who proposed it
 * @param to the colleague asked
 * @param fromShift {@code from}'s shift as published when proposed, null for a day off
 * @param toShift {@code to}'s shift as published when proposed, null for a day off
 * @param note what the proposer says about it (may be empty)
 * @param status where it stands
 * @param proposedAt when it was proposed
 * @param acceptedAt when the colleague accepted, null before
 * @param decidedAt when it was approved, refused, declined or withdrawn, null before
 * @param decidedBy who approved or refused it, null otherwise
 * @param refusedRule the roster rule that refused it on approval, null otherwise
 */
public record Swap(long id, ShopId shop, LocalDate day, AgentId from, AgentId to, @Nullable SwapShift fromShift,
		@Nullable SwapShift toShift, String note, Status status, Instant proposedAt, @Nullable Instant acceptedAt,
		@Nullable Instant decidedAt, @Nullable AgentId decidedBy, @Nullable String refusedRule) {

	/** The longest note. */
	public static final int MAX_NOTE = 500;

	/** Where a swap stands. */
	public enum Status {

		/** waiting for the colleague */
		PROPOSED,
		/** the colleague agreed; waiting for a supervisor */
		ACCEPTED,
		/** approved: the published roster has the traded shifts */
		APPROVED,
		/** the colleague said no */
		DECLINED,
		/** a supervisor said no, or the roster rules did */
		REFUSED,
		/** the proposer took it back */
		WITHDRAWN;

		/** Whether nobody has closed it yet. */
		public boolean open() {
			return this == PROPOSED || this == ACCEPTED;
		}

	}

	/** A shift as the swap names it. */
	public record SwapShift(String code, String name) {
	}

	/** Whether one of the two is off that day, so the other works for them. */
	public boolean cover() {
		return fromShift == null || toShift == null;
	}

	/** Whether the agent is one of the two. */
	public boolean involves(AgentId agent) {
		return from.equals(agent) || to.equals(agent);
	}

	/** The colleague agrees. */
	public Swap accept(AgentId by, Instant at) {
		requireAgent(to, by, "accept");
		requireStatus(Status.PROPOSED, "accepted");
		return new Swap(id, shop, day, from, to, fromShift, toShift, note, Status.ACCEPTED, proposedAt, at, null, null,
				null);
	}

	/** The colleague says no. */
	public Swap decline(AgentId by, Instant at) {
		requireAgent(to, by, "decline");
		requireStatus(Status.PROPOSED, "declined");
		return closed(Status.DECLINED, at, null, null);
	}

	/** The proposer takes it back, as long as no supervisor has decided. */
	public Swap withdraw(AgentId by, Instant at) {
		requireAgent(from, by, "withdraw");
		if (!status.open()) {
			throw new RosterStateException("Swap " + id + " is " + status + " and can no longer be withdrawn");
		}
		return closed(Status.WITHDRAWN, at, null, null);
	}

	/**
	 * A supervisor approves it once the colleague has accepted; the caller checks the
	 * roster rules first.
	 */
	public Swap approve(AgentId by, Instant at) {
		requireStatus(Status.ACCEPTED, "approved");
		return closed(Status.APPROVED, at, by, null);
	}

	/**
	 * A supervisor refuses it, or the roster rules do ({@code rule} names the rule, null
	 * for the supervisor's own no).
	 */
	public Swap refuse(AgentId by, Instant at, @Nullable String rule) {
		if (!status.open()) {
			throw new RosterStateException("Swap " + id + " is " + status + " and can no longer be refused");
		}
		return closed(Status.REFUSED, at, by, rule);
	}

	private Swap closed(Status next, Instant at, @Nullable AgentId by, @Nullable String rule) {
		return new Swap(id, shop, day, from, to, fromShift, toShift, note, next, proposedAt, acceptedAt, at, by, rule);
	}

	private void requireStatus(Status expected, String verb) {
		if (status != expected) {
			throw new RosterStateException(
					"Swap " + id + " is " + status + "; only a " + expected + " swap can be " + verb);
		}
	}

	private void requireAgent(AgentId expected, AgentId by, String verb) {
		if (!expected.equals(by)) {
			throw new AccessDeniedException(
					"Only " + (expected.equals(to) ? "the colleague asked" : "the agent who proposed it") + " may "
							+ verb + " swap " + id);
		}
	}

}
