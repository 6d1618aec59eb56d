package io.kefu.reception;

/**
 * Where a live conversation (会话) is. {@code WAITING}: the buyer waits for an agent, in
 * the queue when no agent is assigned, else for the assigned agent's first reply;
 * {@code ACTIVE}: the assigned agent has replied; {@code CLOSED}: over, for good.
 */
public enum ConversationStatus {

	WAITING, ACTIVE, CLOSED

}
