package io.kefu.reception;

/**
 * The buyer sends faster than the shop accepts (5 messages a second); the message was not
 * stored and may be sent again after a moment. Answered with 429.
 */
public class ThrottledException extends RuntimeException {

	private final int perSecond;

	public ThrottledException(int perSecond) {
		super("You are sending too fast: at most " + perSecond + " messages a second. Send it again in a moment.");
		this.perSecond = perSecond;
	}

	public int perSecond() {
		return perSecond;
	}

}
