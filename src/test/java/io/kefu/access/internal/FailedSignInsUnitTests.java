package io.kefu.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.kefu.access.SignInLockedException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FailedSignInsUnitTests {

	private static final Instant NINE = Instant.parse("2026-03-02T01:00:00Z");

	private final MutableClock clock = new MutableClock(NINE);

	private final FailedSignIns throttle = new FailedSignIns(
			new SignInProperties(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);

	@Test
	void fiveFailuresForOneUsernameLockItForFifteenMinutes() {
		fail("mei", 5, "10.0.0.1");

		assertThatThrownBy(() -> throttle.checkAllowed("mei", "10.0.0.2")).isInstanceOfSatisfying(
				SignInLockedException.class, ex -> assertThat(ex.retryAfterSeconds()).isEqualTo(15 * 60));
		clock.advance(Duration.ofMinutes(14).plusSeconds(59));
		assertThatThrownBy(() -> throttle.checkAllowed("mei", "10.0.0.2"))
			.isInstanceOfSatisfying(SignInLockedException.class, ex -> assertThat(ex.retryAfterSeconds()).isEqualTo(1));
		clock.advance(Duration.ofSeconds(1));
		assertThatNoException().isThrownBy(() -> throttle.checkAllowed("mei", "10.0.0.2"));
	}

	@Test
	void fourFailuresLockNothing() {
		fail("mei", 4, "10.0.0.1");

		assertThatNoException().isThrownBy(() -> throttle.checkAllowed("mei", "10.0.0.1"));
	}

	@Test
	void onlyFailuresOfTheLastFifteenMinutesCount() {
		fail("mei", 4, "10.0.0.1");
		clock.advance(Duration.ofMinutes(15));
		fail("mei", 1, "10.0.0.1");

		assertThatNoException().isThrownBy(() -> throttle.checkAllowed("mei", "10.0.0.1"));
	}

	@Test
	void theCaseOfTheUsernameMakesNoOtherCount() {
		fail("Mei", 2, "10.0.0.1");
		fail("MEI", 3, "10.0.0.1");

		assertThatThrownBy(() -> throttle.checkAllowed("mei", "10.0.0.9")).isInstanceOf(SignInLockedException.class);
	}

	@Test
	void twentyFailuresFromOneAddressLockItForEveryUsername() {
		for (int i = 0; i < 20; i++) {
			fail("guess" + i, 1, "10.0.0.1");
		}

		assertThatThrownBy(() -> throttle.checkAllowed("mei", "10.0.0.1")).isInstanceOf(SignInLockedException.class);
		assertThatNoException().isThrownBy(() -> throttle.checkAllowed("mei", "10.0.0.2"));
	}

	@Test
	void aSuccessForgetsTheUsernamesFailuresButNotTheAddresses() {
		fail("mei", 4, "10.0.0.1");
		throttle.succeeded("mei");
		fail("mei", 4, "10.0.0.1");

		assertThatNoException().isThrownBy(() -> throttle.checkAllowed("mei", "10.0.0.1"));
	}

	@Test
	void anUnknownUsernameIsLockedExactlyAsAKnownOne() {
		fail("nobody-at-all", 5, "10.0.0.1");

		assertThatThrownBy(() -> throttle.checkAllowed("nobody-at-all", "10.0.0.3"))
			.isInstanceOf(SignInLockedException.class)
			.hasMessage("Too many failed sign-in attempts; try again later");
	}

	private void fail(String username, int times, String address) {
		for (int i = 0; i < times; i++) {
			throttle.failed(username, address);
		}
	}

	/** A clock the test moves. */
	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
