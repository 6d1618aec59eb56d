package io.kefu.reception.internal;

import java.util.Set;

import io.kefu.access.Caller;
import io.kefu.access.Role;
import io.kefu.reception.Conversation;
import io.kefu.reception.ConversationNotFoundException;
import io.kefu.staff.AgentId;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with a conversation. A conversation of a shop the caller does not work
 * in is answered as not found, so that ids of other shops reveal nothing.
 */
final class ChatAccess {

	private ChatAccess() {
	}

	/** Agents at the desk, their supervisors, and trainers reviewing transcripts. */
	static void requireReader(Caller caller, Conversation conversation) {
		requireShop(caller, conversation);
		if (!atDesk(caller) && !caller.has(Role.TRAINER)) {
			throw new AccessDeniedException("Only agents, supervisors and trainers read conversations");
		}
	}

	/**
	 * Readers of a shop's conversations as a whole (a buyer's history): the caller must
	 * work in the shop (else 403, as every shop-scoped call answers) and read
	 * conversations.
	 */
	static void requireReaderOf(Caller caller, long shopId) {
		caller.requireShop(shopId);
		if (!atDesk(caller) && !caller.has(Role.TRAINER)) {
			throw new AccessDeniedException("Only agents, supervisors and trainers read conversations");
		}
	}

	/** Agents at the desk and supervisors of the shop (shift notes). */
	static void requireDeskOf(Caller caller, long shopId) {
		caller.requireShop(shopId);
		if (!atDesk(caller)) {
			throw new AccessDeniedException("Only agents and supervisors write and read shift notes");
		}
	}

	/** The agent who has the conversation writes in it, and nobody else. */
	static void requireAssigned(Caller caller, Conversation conversation) {
		requireShop(caller, conversation);
		if (!conversation.isAssignedTo(caller.agentId())) {
			throw new IllegalStateException("Conversation " + conversation.id() + " is " + conversation.status()
					+ (conversation.agentId() == null ? " in the queue" : " with another agent")
					+ ": only its agent writes in it (take it from the queue or over first)");
		}
	}

	/** Its agent, or a supervisor of the shop, transfers or closes it. */
	static void requireAgentOrSupervisor(Caller caller, Conversation conversation) {
		requireShop(caller, conversation);
		if (!caller.supervises() && !conversation.isAssignedTo(caller.agentId())) {
			throw new AccessDeniedException(
					"Only the agent of conversation " + conversation.id() + " or a supervisor may do this");
		}
	}

	/** Agents with a skill group and supervisors take buyers from the queue. */
	static void requireDesk(Caller caller, Conversation conversation) {
		requireShop(caller, conversation);
		if (!atDesk(caller)) {
			throw new AccessDeniedException("Only agents and supervisors take buyers");
		}
	}

	/**
	 * A supervisor of the shop, or the mentor of the agent in training who has the
	 * conversation.
	 * @param mentees the agents in training whom the caller mentors
	 */
	static void requireSupervisorOrMentor(Caller caller, Conversation conversation, Set<AgentId> mentees) {
		requireShop(caller, conversation);
		if (!caller.supervises() && !isMentorOf(conversation, mentees)) {
			throw new AccessDeniedException(
					"Only a supervisor, or the mentor of the agent in training who has it, takes a conversation over");
		}
	}

	static boolean isMentorOf(Conversation conversation, Set<AgentId> mentees) {
		Long agent = conversation.agentId();
		return agent != null && mentees.contains(AgentId.of(agent));
	}

	static boolean atDesk(Caller caller) {
		return caller.has(Role.PRE_SALES) || caller.has(Role.AFTER_SALES) || caller.supervises();
	}

	private static void requireShop(Caller caller, Conversation conversation) {
		if (!caller.worksIn(conversation.shopId())) {
			throw new ConversationNotFoundException(conversation.id());
		}
	}

}
