package io.kefu.reception.internal;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code perSecond} accepted messages per sender in any second (a sliding window
 * of accepted send times). Kept in memory: each node counts what it receives, so behind a
 * load balancer a sender could reach the limit once per node; that bounds abuse well
 * enough without a database write per message.
 */
final class Throttle {

	private static final long WINDOW_MILLIS = 1000;

	/** Senders idle for a window are forgotten once this many are tracked. */
	private static final int TIDY_ABOVE = 10_000;

	private final int perSecond;

	private final Clock clock;

	private final Map<Object, Deque<Long>> sent = new ConcurrentHashMap<>();

	Throttle(int perSecond, Clock clock) {
		if (perSecond < 1) {
			throw new IllegalArgumentException("A throttle lets at least one message a second through");
		}
		this.perSecond = perSecond;
		this.clock = clock;
	}

	int perSecond() {
		return perSecond;
	}

	/** Counts a message of the sender; false, and not counted, when over the limit. */
	boolean tryAcquire(Object sender) {
		long now = clock.millis();
		if (sent.size() > TIDY_ABOVE) {
			tidy(now);
		}
		Deque<Long> times = sent.computeIfAbsent(sender, key -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst() <= now - WINDOW_MILLIS) {
				times.pollFirst();
			}
			if (times.size() >= perSecond) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}

	private void tidy(long now) {
		sent.entrySet().removeIf(entry -> {
			synchronized (entry.getValue()) {
				Long last = entry.getValue().peekLast();
				return last == null || last <= now - WINDOW_MILLIS;
			}
		});
	}

}
