package io.kefu.quality.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InspectionWorkerUnitTests {

	@Test
	void theWorkerRestsFourTimesAsLongAsItsLastInspectionTookWithinFiveAndFiftySeconds() {
		assertThat(InspectionWorker.PACE.restAfter(Duration.ofMillis(30))).isEqualTo(Duration.ofSeconds(5));
		assertThat(InspectionWorker.PACE.restAfter(Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(12));
		assertThat(InspectionWorker.PACE.restAfter(Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(50));
	}

}
