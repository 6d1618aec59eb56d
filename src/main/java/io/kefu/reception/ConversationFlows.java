package io.kefu.reception;

import io.kefu.access.Caller;

/**
 * Where each live conversation stands in the eight reception steps: read from its
 * messages, or as its agent set it by hand.
 */
public interface ConversationFlows {

	/** For anyone who may read the conversation. */
	ReceptionFlow.Progress progress(Caller caller, ConversationId conversationId);

	/**
	 * Sets the step by hand: the conversation's agent, or a supervisor of its shop.
	 * @throws org.springframework.security.access.AccessDeniedException for anyone else
	 */
	ReceptionFlow.Progress correct(Caller caller, ConversationId conversationId, ReceptionStep step);

}
