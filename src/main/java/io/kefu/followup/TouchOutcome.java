package io.kefu.followup;

/**
 * What came of a touch: a message is sent; a call is answered or not, and how it ended.
 */
public enum TouchOutcome {

	/** Sent to the buyer through Kefu's live chat. */
	SENT(Channel.MESSAGE),
	/**
	 * Sent by the agent in the marketplace's own client (千牛), for a buyer Kefu cannot
	 * reach.
	 */
	SENT_IN_CLIENT(Channel.MESSAGE),
	/** 接听 */
	ANSWERED(Channel.PHONE),
	/** 未接 */
	NOT_ANSWERED(Channel.PHONE),
	/** 承诺付款 */
	PROMISED(Channel.PHONE),
	/** 拒绝 */
	REFUSED(Channel.PHONE);

	private final Channel channel;

	TouchOutcome(Channel channel) {
		this.channel = channel;
	}

	public Channel channel() {
		return channel;
	}

	/** Whether the buyer picked up: the last message differs for answered calls. */
	public boolean reachedBuyer() {
		return this == ANSWERED || this == PROMISED || this == REFUSED;
	}

}
