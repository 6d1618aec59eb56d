package io.kefu.customer;

/**
 * The contacts on a buyer's timeline (活动记录): chats, follow-up touches, phone calls,
 * after-sales cases and reviews come from where they are kept; the rest are recorded by
 * hand ({@link #recordedByHand()}).
 */
public enum ActivityKind {

	CHAT, FOLLOWUP, CALL, AFTER_SALES, REVIEW, MARKETING, VISIT, GIFT, OTHER;

	public boolean recordedByHand() {
		return this == MARKETING || this == VISIT || this == GIFT || this == OTHER;
	}

}
