package io.kefu.bench.load;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatencySamplesUnitTests {

	static final long MS = 1_000_000;

	@Test
	void percentilesAreTheNearestRankOfEverySampleKept() {
		LatencySamples samples = new LatencySamples();
		// 1 ms to 100 ms, added out of order
		for (int i = 100; i >= 1; i--) {
			samples.add(i * MS);
		}

		LatencySamples.Summary summary = samples.summary();

		assertThat(summary.count()).isEqualTo(100);
		assertThat(summary.p50()).isEqualTo(50.0);
		assertThat(summary.p99()).isEqualTo(99.0);
		assertThat(summary.max()).isEqualTo(100.0);
	}

	@Test
	void oneSlowSampleInAHundredIsAboveTheP99AndOneInFiftyIsNot() {
		LatencySamples onePerHundred = samples(99, 2 * MS, 1, 500 * MS);
		LatencySamples twoPerHundred = samples(98, 2 * MS, 2, 500 * MS);

		assertThat(onePerHundred.summary().p99()).isEqualTo(2.0);
		assertThat(onePerHundred.summary().max()).isEqualTo(500.0);
		assertThat(twoPerHundred.summary().p99()).isEqualTo(500.0);
	}

	@Test
	void microsecondsAreKeptAndNegativeTimesCountAsNone() {
		LatencySamples samples = new LatencySamples();
		samples.add(1_234_567);
		samples.add(-5);

		assertThat(samples.summary().max()).isEqualTo(1.234);
		assertThat(samples.summary().p50()).isEqualTo(0.0);
	}

	@Test
	void withoutSamplesEveryFigureIsZero() {
		assertThat(new LatencySamples().summary()).isEqualTo(new LatencySamples.Summary(0, 0, 0, 0));
	}

	@Test
	void samplesAddedFromManyThreadsAreAllKept() throws InterruptedException {
		LatencySamples samples = new LatencySamples();
		ExecutorService threads = Executors.newFixedThreadPool(8);
		CountDownLatch done = new CountDownLatch(8);
		for (int t = 0; t < 8; t++) {
			threads.execute(() -> {
				for (int i = 0; i < 10_000; i++) {
					samples.add(MS);
				}
				done.countDown();
			});
		}
		assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
		threads.shutdown();

		assertThat(samples.count()).isEqualTo(80_000);
	}

	private static LatencySamples samples(int fastCount, long fast, int slowCount, long slow) {
		LatencySamples samples = new LatencySamples();
		for (int i = 0; i < fastCount; i++) {
			samples.add(fast);
		}
		for (int i = 0; i < slowCount; i++) {
			samples.add(slow);
		}
		return samples;
	}

}
