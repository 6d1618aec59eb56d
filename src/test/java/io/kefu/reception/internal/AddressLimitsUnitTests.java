package io.kefu.reception.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AddressLimitsUnitTests {

	static final Instant NOW = Instant.parse("2026-11-20T02:10:00Z");

	static final Duration WINDOW = Duration.ofMinutes(10);

	@Test
	void belowTheLimitASessionFits() {
		List<Instant> recent = List.of(NOW.minusSeconds(30), NOW.minusSeconds(20));

		assertThat(AddressLimits.waitFor(recent, 3, WINDOW, NOW)).isEmpty();
	}

	@Test
	void atTheLimitTheWaitLastsUntilTheOldestSessionLeavesTheWindow() {
		List<Instant> recent = List.of(NOW.minusSeconds(500), NOW.minusSeconds(200), NOW.minusSeconds(10));

		assertThat(AddressLimits.waitFor(recent, 3, WINDOW, NOW)).contains(Duration.ofSeconds(100));
	}

	@Test
	void overTheLimitItLastsUntilEnoughHaveLeft() {
		// a lower limit set while sessions were counted against a higher one
		List<Instant> recent = List.of(NOW.minusSeconds(500), NOW.minusSeconds(200), NOW.minusSeconds(10));

		assertThat(AddressLimits.waitFor(recent, 2, WINDOW, NOW)).contains(Duration.ofSeconds(400));
	}

	@Test
	void onceTheWindowHasPassedTheAddressGetsInAgain() {
		List<Instant> recent = List.of(NOW.minusSeconds(500), NOW.minusSeconds(200), NOW.minusSeconds(10));
		Instant later = NOW.plusSeconds(100);
		List<Instant> stillInWindow = recent.stream().filter(at -> at.isAfter(later.minus(WINDOW))).toList();

		assertThat(AddressLimits.waitFor(stillInWindow, 3, WINDOW, later)).isEmpty();
	}

	@Test
	void theWaitIsWholeSecondsRoundedUpAndNeverZero() {
		List<Instant> recent = List.of(NOW.minus(WINDOW).plusMillis(1));

		assertThat(AddressLimits.waitFor(recent, 1, WINDOW, NOW)).contains(Duration.ofSeconds(1));
		assertThat(AddressLimits.waitFor(List.of(NOW.minusSeconds(10).plusMillis(300)), 1, WINDOW, NOW))
			.contains(Duration.ofSeconds(591));
	}

}
