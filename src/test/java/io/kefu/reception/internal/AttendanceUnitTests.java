package io.kefu.reception.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttendanceUnitTests {

	final Attendance attendance = new Attendance();

	@Test
	void anAgentIsPresentWhileAnyOfTheirConnectionsLives() {
		attendance.connected(7, "s1");
		attendance.connected(7, "s2");
		attendance.connected(8, "s3");

		attendance.disconnected("s1");
		attendance.disconnected("s3");

		assertThat(attendance.present()).containsExactly(7L);
		attendance.disconnected("s2");
		assertThat(attendance.present()).isEmpty();
	}

	@Test
	void aCallCountsOnceUntilTheNextLook() {
		attendance.called(7);
		attendance.called(7);

		assertThat(attendance.present()).containsExactly(7L);
		assertThat(attendance.present()).isEmpty();
	}

	@Test
	void anUnknownSessionClosingChangesNothing() {
		attendance.connected(7, "s1");

		attendance.disconnected("visitor-session");

		assertThat(attendance.present()).containsExactly(7L);
	}

	@Test
	void aConnectionEndsTheWaitForTheNextLook() throws InterruptedException {
		attendance.connected(7, "s1");
		long started = System.nanoTime();

		attendance.awaitArrival(Duration.ofMinutes(5));

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMinutes(1));
	}

}
