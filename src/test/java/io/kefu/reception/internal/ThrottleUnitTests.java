package io.kefu.reception.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottleUnitTests {

	/** A clock the test moves by hand. */
	static final class HandClock extends Clock {

		Instant now = Instant.parse("2026-11-20T02:00:00Z");

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	final HandClock clock = new HandClock();

	final Throttle throttle = new Throttle(5, clock);

	@Test
	void letsFiveMessagesASecondThroughAndStopsTheSixth() {
		for (int i = 0; i < 5; i++) {
			assertThat(throttle.tryAcquire(1L)).isTrue();
			clock.advance(Duration.ofMillis(100));
		}

		assertThat(throttle.tryAcquire(1L)).isFalse();
	}

	@Test
	void theWindowSlides() {
		for (int i = 0; i < 5; i++) {
			throttle.tryAcquire(1L);
			clock.advance(Duration.ofMillis(100));
		}
		clock.advance(Duration.ofMillis(499));
		assertThat(throttle.tryAcquire(1L)).isFalse();

		clock.advance(Duration.ofMillis(1));
		assertThat(throttle.tryAcquire(1L)).isTrue();
		assertThat(throttle.tryAcquire(1L)).isFalse();
	}

	@Test
	void aRefusedMessageDoesNotCount() {
		for (int i = 0; i < 5; i++) {
			throttle.tryAcquire(1L);
		}
		for (int i = 0; i < 20; i++) {
			assertThat(throttle.tryAcquire(1L)).isFalse();
		}

		clock.advance(Duration.ofSeconds(1));

		assertThat(throttle.tryAcquire(1L)).isTrue();
	}

	@Test
	void eachSenderHasTheirOwnAllowance() {
		for (int i = 0; i < 5; i++) {
			throttle.tryAcquire(1L);
		}

		assertThat(throttle.tryAcquire(1L)).isFalse();
		assertThat(throttle.tryAcquire(2L)).isTrue();
	}

	@Test
	void aSteadyFiveASecondIsNeverThrottled() {
		for (int i = 0; i < 100; i++) {
			assertThat(throttle.tryAcquire(1L)).as("message %d", i).isTrue();
			clock.advance(Duration.ofMillis(200));
		}
	}

}
