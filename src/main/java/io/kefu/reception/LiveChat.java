package io.kefu.reception;

import java.util.List;

import io.kefu.access.Caller;
import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;

/**
 * The agents' side of live chat. Every method checks the caller: agents read the
 * conversations of their shops and write only in those assigned to them; supervisors read
 * everything of their shops and write after taking a conversation over.
 */
public interface LiveChat {

	/** How many of a buyer's conversations {@link #buyerConversations} lists. */
	int BUYER_HISTORY = 20;

	/**
	 * Conversations of the caller's shops by view: {@code MINE} (open and assigned to the
	 * caller), {@code WAITING} (in the queue), {@code CLOSED_TODAY} (closed this business
	 * day while assigned to the caller; a supervisor sees everyone's).
	 */
	List<ConversationSummary> conversations(Caller caller, ConversationView view);

	ConversationSummary conversation(Caller caller, ConversationId conversationId);

	/**
	 * The buyer's conversations in the shop, newest first, at most
	 * {@link #BUYER_HISTORY}: the history beside a chat. Readers of the shop (agents,
	 * supervisors, trainers); a buyer of another shop has none.
	 */
	List<ConversationSummary> buyerConversations(Caller caller, ShopId shopId, BuyerId buyerId);

	List<ChatMessage> messages(Caller caller, ConversationId conversationId, int afterSeq);

	/**
	 * The assigned agent's reply; a {@code clientId} already stored for this agent
	 * returns the stored message.
	 */
	ChatMessage reply(Caller caller, ConversationId conversationId, @Nullable String clientId,
			@Nullable String content);

	/**
	 * Hands the conversation to another agent of the shop (who must be online and below
	 * their cap) or to a skill group's queue, with a handover note (交接).
	 */
	ConversationSummary transfer(Caller caller, ConversationId conversationId, @Nullable AgentId toAgentId,
			@Nullable SkillGroup toSkillGroup, @Nullable String note);

	ConversationSummary close(Caller caller, ConversationId conversationId);

	/** An agent takes a buyer from the queue. */
	ConversationSummary accept(Caller caller, ConversationId conversationId);

	/**
	 * A supervisor takes a conversation over from whoever has it; a mentor from the agent
	 * in training they mentor.
	 */
	ConversationSummary takeOver(Caller caller, ConversationId conversationId, @Nullable String note);

	/** Which conversations {@link #conversations} lists. */
	enum ConversationView {

		MINE, WAITING, CLOSED_TODAY,
		/** Every open conversation of the caller's shops: supervisors only. */
		OPEN,
		/**
		 * The open conversations of the agents in training whom the caller mentors (带教),
		 * for watching them live and taking over.
		 */
		MENTEES

	}

}
