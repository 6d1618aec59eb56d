package io.kefu.analytics.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecomputeWorkerUnitTests {

	@Test
	void theWorkerRestsFourTimesAsLongAsItsLastRecomputeTookWithinThreeSecondsAndAMinute() {
		assertThat(RecomputeWorker.PACE.restAfter(Duration.ofMillis(20))).isEqualTo(Duration.ofSeconds(3));
		assertThat(RecomputeWorker.PACE.restAfter(Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(8));
		assertThat(RecomputeWorker.PACE.restAfter(Duration.ofSeconds(40))).isEqualTo(Duration.ofSeconds(60));
	}

}
