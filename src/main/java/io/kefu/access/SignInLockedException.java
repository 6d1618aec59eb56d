package io.kefu.access;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed attempts for the username or from the address: no password is checked
 * until {@link #retryAfter()} has passed. The message names neither.
 */
public class SignInLockedException extends AuthenticationException {

	private final Duration retryAfter;

	public SignInLockedException(Duration retryAfter) {
		super("Too many failed sign-in attempts; try again later");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

	/** Whole seconds, at least one, as the {@code Retry-After} header gives them. */
	public long retryAfterSeconds() {
		return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
	}

}
