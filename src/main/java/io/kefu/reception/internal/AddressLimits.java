package io.kefu.reception.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import io.kefu.reception.AddressLimitException;
import io.kefu.reception.ClientAddress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What one client address may open (docs/chat.md, "Limits per address"): visitor sessions
 * in a sliding window, and buyers waiting in one shop's queue at once, so that one client
 * can neither flood the buyers nor fill a queue. Counted in the database, so every node
 * counts the same; the address of each session is kept as long as its token lives.
 */
@Component
class AddressLimits {

	/** The first key of the advisory locks taken on an address ("KA"). */
	private static final int LOCK_SPACE = 0x4b41;

	/** A queue empties as agents take buyers; a minute is a fair time to ask again. */
	static final Duration QUEUE_RETRY = Duration.ofMinutes(1);

	private static final Duration TIDY_EVERY = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final ChatProperties.VisitorLimits limits;

	private final Duration keep;

	private final Clock clock;

	private final AtomicReference<Instant> tidied = new AtomicReference<>(Instant.EPOCH);

	AddressLimits(JdbcClient jdbc, ChatProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.limits = properties.visitors();
		this.keep = properties.tokenLifetime();
		this.clock = clock;
	}

	/**
	 * Refuses a new visitor session of the address over the limit. Must run in the
	 * transaction that stores the session ({@link #recordSession}): the address stays
	 * locked until then, so that sessions opened at once are counted one after another.
	 * @throws AddressLimitException over the limit
	 */
	void admitSession(ClientAddress address) {
		Instant now = clock.instant();
		tidy(now);
		jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))").params(LOCK_SPACE, address.value()).query(rs -> {
		});
		List<Instant> recent = jdbc
			.sql("select created_at from visitor_address where address = ? and created_at > ? order by created_at")
			.params(address.value(), Timestamp.from(now.minus(limits.window())))
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.list();
		Optional<Duration> wait = waitFor(recent, limits.sessionsPerAddress(), limits.window(), now);
		if (wait.isPresent()) {
			throw new AddressLimitException(AddressLimitException.Limit.TOO_MANY_SESSIONS,
					"Too many chat sessions from your address: at most " + limits.sessionsPerAddress() + " in "
							+ limits.window().toSeconds() + " s. Try again in " + wait.get().toSeconds() + " s.",
					wait.get());
		}
	}

	void recordSession(long buyerId, ClientAddress address) {
		jdbc.sql("insert into visitor_address (buyer_id, address, created_at) values (?, ?, ?)")
			.params(buyerId, address.value(), Timestamp.from(clock.instant()))
			.update();
	}

	/**
	 * Refuses to queue one more buyer of the address whose session the buyer came from
	 * when as many are already waiting in the shop's queue. Must run under the shop's
	 * routing lock, which makes the count exact.
	 * @throws AddressLimitException over the limit
	 */
	void admitToQueue(long shopId, long buyerId) {
		Integer waiting = jdbc.sql("""
				select count(*) from conversation c join visitor_address v on v.buyer_id = c.buyer_id
				where c.shop_id = ? and c.status = 'WAITING' and c.agent_id is null
				and v.address = (select address from visitor_address where buyer_id = ?)
				""").params(shopId, buyerId).query(Integer.class).single();
		if (waiting >= limits.queuedPerAddress()) {
			throw new AddressLimitException(AddressLimitException.Limit.TOO_MANY_QUEUED,
					"Too many buyers from your address are waiting for this shop already: at most "
							+ limits.queuedPerAddress() + ". Try again in a minute.",
					QUEUE_RETRY);
		}
	}

	/**
	 * How long until one more session fits in the window, if it does not now.
	 * @param recent the address's sessions within the window, oldest first
	 */
	static Optional<Duration> waitFor(List<Instant> recent, int limit, Duration window, Instant now) {
		if (recent.size() < limit) {
			return Optional.empty();
		}
		// the session whose leaving the window brings the count below the limit
		Instant frees = recent.get(recent.size() - limit).plus(window);
		long seconds = Math.max(1, (Duration.between(now, frees).toMillis() + 999) / 1000);
		return Optional.of(Duration.ofSeconds(seconds));
	}

	/** Addresses of sessions whose tokens have expired are forgotten, once an hour. */
	private void tidy(Instant now) {
		Instant last = tidied.get();
		if (last.plus(TIDY_EVERY).isBefore(now) && tidied.compareAndSet(last, now)) {
			jdbc.sql("delete from visitor_address where created_at < ?")
				.param(Timestamp.from(now.minus(keep)))
				.update();
		}
	}

}
