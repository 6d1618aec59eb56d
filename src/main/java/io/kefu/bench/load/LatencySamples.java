package io.kefu.bench.load;

import java.util.Arrays;

/**
 * Latencies of one kind, every one of them kept (a run of a few minutes has a few hundred
 * thousand), so that percentiles are exact rather than read from buckets. Safe for many
 * threads adding at once.
 */
public final class LatencySamples {

	private long[] micros = new long[1024];

	private int count;

	public synchronized void add(long nanos) {
		if (count == micros.length) {
			micros = Arrays.copyOf(micros, micros.length * 2);
		}
		micros[count++] = Math.max(0, nanos) / 1_000;
	}

	public synchronized int count() {
		return count;
	}

	public synchronized Summary summary() {
		long[] sorted = Arrays.copyOf(micros, count);
		Arrays.sort(sorted);
		return new Summary(count, percentile(sorted, 50), percentile(sorted, 99),
				count == 0 ? 0 : sorted[count - 1] / 1e3);
	}

	/**
	 * The nearest-rank percentile in milliseconds: the smallest sample that at least
	 * {@code p} per cent of the samples do not exceed; 0 without samples.
	 */
	static double percentile(long[] sortedMicros, double p) {
		if (sortedMicros.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(p / 100 * sortedMicros.length);
		return sortedMicros[Math.max(0, Math.min(sortedMicros.length, rank) - 1)] / 1e3;
	}

	/** Milliseconds. */
	public record Summary(int count, double p50, double p99, double max) {
	}

}
