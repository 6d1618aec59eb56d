package io.kefu.reception;

import java.time.Instant;
import java.util.Objects;

import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;

/**
 * A live conversation (会话): one buyer's chat with the shop from their first message until
 * it is closed. Its messages are numbered 1, 2, 3 … ({@code lastSeq} is the latest).
 * Transitions return the changed conversation and refuse what the current state does not
 * allow.
 *
 * @param lastAgentId the agent who served the buyer last before this conversation opened,
 * whom routing tries first
 * @param queuedAt the place in its skill group's queue: arrival, kept when an agent hands
 * an unanswered buyer back, renewed by a transfer to a group
 * @param assignedAt when the current (or, in the queue again, the last) agent got it;
 * null until the first assignment
 * @param answeredAt the first human reply
 * @param buyerWaitingSince the buyer's earliest message that no agent has replied to yet
 */
public record Conversation(long id, long shopId, long buyerId, long threadId, ConversationStatus status,
		SkillGroup skillGroup, @Nullable Long agentId, @Nullable Long lastAgentId, Instant openedAt, Instant queuedAt,
		@Nullable Instant assignedAt, @Nullable Instant answeredAt, @Nullable Instant closedAt,
		@Nullable Instant buyerWaitingSince, int lastSeq) {

	public Conversation {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(skillGroup, "skillGroup");
	}

	/** A new conversation, waiting in its group's queue; the store gives it its id. */
	public static Conversation open(long shopId, long buyerId, long threadId, SkillGroup group,
			@Nullable Long lastAgentId, Instant at) {
		return new Conversation(0, shopId, buyerId, threadId, ConversationStatus.WAITING, group, null, lastAgentId, at,
				at, null, null, null, null, 0);
	}

	public boolean isOpen() {
		return status != ConversationStatus.CLOSED;
	}

	/** Waiting for an agent to be chosen. */
	public boolean isQueued() {
		return status == ConversationStatus.WAITING && agentId == null;
	}

	public boolean isAssignedTo(long agent) {
		return isOpen() && agentId != null && agentId == agent;
	}

	/** Whether an agent was ever given this conversation. */
	public boolean wasEverAssigned() {
		return assignedAt != null;
	}

	/** An agent takes it over: the buyer now waits for that agent's reply. */
	public Conversation assignTo(long agent, Instant at) {
		requireOpen("be assigned");
		return new Conversation(id, shopId, buyerId, threadId, ConversationStatus.WAITING, skillGroup, agent,
				lastAgentId, openedAt, queuedAt, at, answeredAt, null, buyerWaitingSince, lastSeq);
	}

	/** The buyer wrote: they wait for a reply from then on, unless they already did. */
	public Conversation receiveFromBuyer(Instant at) {
		requireOpen("receive a message");
		Instant waiting = buyerWaitingSince == null ? at : buyerWaitingSince;
		return new Conversation(id, shopId, buyerId, threadId, status, skillGroup, agentId, lastAgentId, openedAt,
				queuedAt, assignedAt, answeredAt, null, waiting, lastSeq);
	}

	/** The assigned agent replied. */
	public Conversation answerBy(long agent, Instant at) {
		if (!isAssignedTo(agent)) {
			throw new IllegalStateException("Conversation " + id + " is " + status + " and not assigned to agent "
					+ agent + ", who cannot answer it");
		}
		return new Conversation(id, shopId, buyerId, threadId, ConversationStatus.ACTIVE, skillGroup, agentId,
				lastAgentId, openedAt, queuedAt, assignedAt, answeredAt == null ? at : answeredAt, null, null, lastSeq);
	}

	/**
	 * Back to the queue at its old place: its agent went away before answering, or signed
	 * out.
	 */
	public Conversation requeue() {
		requireOpen("go back to the queue");
		if (agentId == null) {
			throw new IllegalStateException("Conversation " + id + " is already in the queue");
		}
		return new Conversation(id, shopId, buyerId, threadId, ConversationStatus.WAITING, skillGroup, null,
				lastAgentId, openedAt, queuedAt, assignedAt, answeredAt, null, buyerWaitingSince, lastSeq);
	}

	/** Handed to another skill group's queue, at its end. */
	public Conversation transferToGroup(SkillGroup group, Instant at) {
		requireOpen("be transferred");
		return new Conversation(id, shopId, buyerId, threadId, ConversationStatus.WAITING, group, null, lastAgentId,
				openedAt, at, assignedAt, answeredAt, null, buyerWaitingSince, lastSeq);
	}

	/** The buyer, still in the queue, chose the other skill group. */
	public Conversation chooseGroup(SkillGroup group) {
		if (!isQueued()) {
			throw new IllegalStateException("Conversation " + id + " is no longer in the queue");
		}
		return new Conversation(id, shopId, buyerId, threadId, status, group, null, lastAgentId, openedAt, queuedAt,
				assignedAt, answeredAt, null, buyerWaitingSince, lastSeq);
	}

	public Conversation close(Instant at) {
		requireOpen("be closed");
		return new Conversation(id, shopId, buyerId, threadId, ConversationStatus.CLOSED, skillGroup, agentId,
				lastAgentId, openedAt, queuedAt, assignedAt, answeredAt, at, null, lastSeq);
	}

	private void requireOpen(String action) {
		if (!isOpen()) {
			throw new IllegalStateException("Conversation " + id + " is CLOSED and cannot " + action);
		}
	}

}
