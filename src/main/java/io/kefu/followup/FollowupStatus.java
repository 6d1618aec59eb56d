package io.kefu.followup;

/** Where a follow-up stands; every status but {@code OPEN} is an outcome. */
public enum FollowupStatus {

	OPEN,
	/**
	 * The order was paid after the first touch and within the reminder window: 催付成功; for
	 * an inquiry, the buyer ordered after the follow-up's message.
	 */
	SUCCEEDED,
	/** The order was paid, before the first touch or after the window. */
	PAID,
	/** The order was closed unpaid (cancelled or timed out) before the sequence ended. */
	CANCELLED,
	/** The four touches were made and the order is still unpaid: 未付款, with its reason. */
	UNPAID,
	/** A follow-up of another kind was worked to its end. */
	DONE,
	/** The buyer of an inquiry ordered before anybody followed it up. */
	ORDERED;

	public boolean isOpen() {
		return this == OPEN;
	}

}
