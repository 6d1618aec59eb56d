package io.kefu.reception;

/**
 * Whether an agent takes buyers: {@code ONLINE} takes new ones, {@code BUSY} keeps their
 * conversations but takes no new ones, {@code AWAY} hands unanswered buyers back to the
 * queue, {@code OFFLINE} (signed out) hands back every open conversation.
 */
public enum Presence {

	ONLINE, BUSY, AWAY, OFFLINE;

	/** Someone is at the desk: the buyers are told the agents are busy, not away. */
	public boolean isAtDesk() {
		return this == ONLINE || this == BUSY;
	}

}
