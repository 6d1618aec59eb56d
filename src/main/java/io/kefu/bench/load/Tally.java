package io.kefu.bench.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The counts and latencies of one run, kept only inside the measured window: a message
 * counts when it was sent in the window, a delivery when it arrived in it.
 */
final class Tally {

	final LatencySamples toAgent = new LatencySamples();

	final LatencySamples answered = new LatencySamples();

	final LongAdder sent = new LongAdder();

	final LongAdder delivered = new LongAdder();

	final LongAdder answers = new LongAdder();

	final LongAdder connectFailures = new LongAdder();

	final LongAdder dropped = new LongAdder();

	final LongAdder errorFrames = new LongAdder();

	private final Map<String, LongAdder> refused = new ConcurrentHashMap<>();

	private volatile long windowStart = Long.MAX_VALUE;

	private volatile long windowEnd = Long.MAX_VALUE;

	void openWindow(long nanos) {
		windowStart = nanos;
	}

	void closeWindow(long nanos) {
		windowEnd = nanos;
	}

	boolean inWindow(long nanos) {
		return nanos >= windowStart && nanos < windowEnd;
	}

	void sent(long stamp) {
		if (inWindow(stamp)) {
			sent.increment();
		}
	}

	void delivered(long now) {
		if (inWindow(now)) {
			delivered.increment();
		}
	}

	void heardByAgent(long stamp, long now) {
		if (inWindow(stamp)) {
			toAgent.add(now - stamp);
		}
	}

	void answerHeard(long stamp, long now) {
		if (inWindow(stamp)) {
			answered.add(now - stamp);
			answers.increment();
		}
	}

	void refused(String code) {
		refused.computeIfAbsent(code, key -> new LongAdder()).increment();
	}

	Map<String, Long> refusedByCode() {
		Map<String, Long> counts = new TreeMap<>();
		refused.forEach((code, count) -> counts.put(code, count.sum()));
		return counts;
	}

	double windowSeconds() {
		return windowEnd == Long.MAX_VALUE || windowStart == Long.MAX_VALUE ? 0 : (windowEnd - windowStart) / 1e9;
	}

}
