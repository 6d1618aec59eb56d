package io.kefu.followup;

import java.time.Instant;

import io.kefu.support.SettableClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The follow-up tests' clock: they set the shop's time of day per step. */
@TestConfiguration(proxyBeanMethods = false)
class FollowupTestClock {

	/** 2026-12-07 10:00 in Shanghai. */
	static final Instant MORNING = Instant.parse("2026-12-07T02:00:00Z");

	@Bean
	@Primary
	SettableClock settableClock() {
		return new SettableClock(MORNING);
	}

}
