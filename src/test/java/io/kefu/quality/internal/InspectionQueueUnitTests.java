package io.kefu.quality.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InspectionQueueUnitTests {

	@Test
	void theWorkerRestsFourTimesAsLongAsItsLastInspectionTookWithinFiveAndFiftySeconds() {
		assertThat(InspectionQueue.restAfter(Duration.ofMillis(30))).isEqualTo(Duration.ofSeconds(5));
		assertThat(InspectionQueue.restAfter(Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(12));
		assertThat(InspectionQueue.restAfter(Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(50));
	}

}
