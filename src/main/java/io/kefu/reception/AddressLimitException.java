package io.kefu.reception;

import java.time.Duration;

/**
 * One client address asked for more than Kefu gives one address: too many visitor
 * sessions within the window, or too many of its buyers already waiting in the shop's
 * queue. Nothing was stored; answered with 429 and {@code Retry-After}.
 */
public class AddressLimitException extends RuntimeException {

	private final Limit limit;

	private final Duration retryAfter;

	public AddressLimitException(Limit limit, String message, Duration retryAfter) {
		super(message);
		this.limit = limit;
		this.retryAfter = retryAfter;
	}

	public Limit limit() {
		return limit;
	}

	/** When asking again may succeed; whole seconds, at least one. */
	public Duration retryAfter() {
		return retryAfter;
	}

	/** Which limit was reached; the problem's {@code code}. */
	public enum Limit {

		TOO_MANY_SESSIONS, TOO_MANY_QUEUED

	}

}
