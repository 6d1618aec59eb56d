package io.kefu.background;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PacedWorkerUnitTests {

	private static final Pace AN_HOUR = new Pace(Duration.ofHours(1), Duration.ofHours(2));

	@Test
	void aWorkerRestsFourTimesAsLongAsItsLastRunTookWithinItsBounds() {
		Pace pace = new Pace(Duration.ofSeconds(3), Duration.ofSeconds(60));

		assertThat(pace.restAfter(Duration.ofMillis(20))).isEqualTo(Duration.ofSeconds(3));
		assertThat(pace.restAfter(Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(8));
		assertThat(pace.restAfter(Duration.ofSeconds(40))).isEqualTo(Duration.ofSeconds(60));
	}

	@Test
	void aWorkerRunsAtOnceWhenStartedAndAgainWhenWokenRatherThanAfterItsRest() {
		AtomicInteger runs = new AtomicInteger();
		PacedWorker worker = new PacedWorker("test-worker", AN_HOUR, runs::incrementAndGet);
		try {
			worker.start();
			await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 1);

			worker.wake();

			await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 2);
		}
		finally {
			worker.stop();
		}
	}

	@Test
	void aFailingRunDoesNotStopTheWorker() {
		AtomicInteger runs = new AtomicInteger();
		PacedWorker worker = new PacedWorker("test-worker", AN_HOUR, () -> {
			runs.incrementAndGet();
			throw new IllegalStateException("the database is away");
		});
		try {
			worker.start();
			await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 1);

			worker.wake();

			await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 2);
		}
		finally {
			worker.stop();
		}
	}

}
