package io.kefu.reception;

import java.util.List;

import io.kefu.access.Caller;

/**
 * The products a buyer asks about in a conversation, for the product card beside the
 * chat.
 */
public interface ConversationProducts {

	/**
	 * The shop's products the buyer showed or named in the conversation (cards, links,
	 * ids, order cards, titles), the latest first, each once. Readers of the conversation
	 * only.
	 * @throws ConversationNotFoundException when there is no such conversation
	 */
	List<MentionedProduct> of(Caller caller, ConversationId conversationId);

}
