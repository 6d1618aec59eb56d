package io.kefu.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test sets, for behaviour that depends on the time of day (a call window, a
 * reminder falling due). Declared {@code @Primary} by the tests that need it, in place of
 * the server's clock.
 */
public final class SettableClock extends Clock {

	private final AtomicReference<Instant> now;

	public SettableClock(Instant start) {
		this.now = new AtomicReference<>(start);
	}

	public void set(Instant instant) {
		now.set(instant);
	}

	@Override
	public Instant instant() {
		return now.get();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("Kefu's clock stays in UTC");
	}

}
