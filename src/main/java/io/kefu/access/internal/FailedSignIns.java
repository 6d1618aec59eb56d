package io.kefu.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.kefu.access.SignInLockedException;
import io.kefu.access.SignInThrottle;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The failed sign-ins of the last {@code window}, kept in this node's memory: each node
 * counts the attempts it sees (docs/decisions.md). Entries whose failures and lock have
 * run out are swept when the maps grow, so an attacker trying many names cannot make them
 * grow without bound for longer than a window.
 */
@Component
@EnableConfigurationProperties(SignInProperties.class)
class FailedSignIns implements SignInThrottle {

	private static final int SWEEP_ABOVE = 10_000;

	private final SignInProperties limits;

	private final Clock clock;

	private final Map<String, Attempts> byUsername = new ConcurrentHashMap<>();

	private final Map<String, Attempts> byAddress = new ConcurrentHashMap<>();

	FailedSignIns(SignInProperties limits, Clock clock) {
		this.limits = limits;
		this.clock = clock;
	}

	@Override
	public void checkAllowed(String username, String address) {
		Instant now = clock.instant();
		Duration wait = longer(lockedFor(byUsername.get(key(username)), now), lockedFor(byAddress.get(address), now));
		if (!wait.isZero()) {
			throw new SignInLockedException(wait);
		}
	}

	@Override
	public void failed(String username, String address) {
		Instant now = clock.instant();
		record(byUsername, key(username), limits.failuresPerUsername(), now);
		record(byAddress, address, limits.failuresPerAddress(), now);
	}

	@Override
	public void succeeded(String username) {
		byUsername.remove(key(username));
	}

	private void record(Map<String, Attempts> attempts, String key, int limit, Instant now) {
		attempts.compute(key, (k, before) -> (before == null ? Attempts.NONE : before).fail(now, limit, limits));
		if (attempts.size() > SWEEP_ABOVE) {
			attempts.values().removeIf(entry -> entry.over(now, limits.window()));
		}
	}

	private static Duration lockedFor(@Nullable Attempts attempts, Instant now) {
		return attempts == null ? Duration.ZERO : attempts.lockedFor(now);
	}

	private static Duration longer(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	/** ADMIN and admin are one account, so they are one count. */
	private static String key(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	/** The recent failures of one username or address, and the lock they led to. */
	record Attempts(List<Instant> failures, @Nullable Instant lockedUntil) {

		static final Attempts NONE = new Attempts(List.of(), null);

		Attempts fail(Instant now, int limit, SignInProperties limits) {
			if (!lockedFor(now).isZero()) {
				return this;
			}
			List<Instant> recent = new ArrayList<>(
					failures.stream().filter(failure -> failure.isAfter(now.minus(limits.window()))).toList());
			recent.add(now);
			return recent.size() >= limit ? new Attempts(List.of(), now.plus(limits.lockout()))
					: new Attempts(List.copyOf(recent), null);
		}

		Duration lockedFor(Instant now) {
			return lockedUntil != null && now.isBefore(lockedUntil) ? Duration.between(now, lockedUntil)
					: Duration.ZERO;
		}

		boolean over(Instant now, Duration window) {
			return lockedFor(now).isZero() && failures.stream().noneMatch(f -> f.isAfter(now.minus(window)));
		}

	}

}
