package io.kefu.reception.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Live chat's settings of the installation ({@code kefu.chat.*}); a shop's own chat
 * settings are in the database.
 *
 * @param secret the key that signs visitor tokens ({@code KEFU_CHAT_SECRET}); when blank,
 * a key generated once and kept in the database
 * @param tokenLifetime how long a visitor token is valid
 * @param messagesPerSecond how many messages a buyer may send in any second
 * @param broker {@code simple} (in memory, one node) or {@code relay} (a STOMP broker
 * such as RabbitMQ, several nodes)
 * @param relay where the relay's broker is
 * @param stompThreads how many of what clients send over STOMP are stored at once; each
 * holds a database connection meanwhile, so no more than the pool has
 * ({@code spring.datasource.hikari.maximum-pool-size}, 10)
 * @param presence when an agent nobody has seen is set away
 * @param visitors how many visitor sessions and queued buyers one client address may have
 */
@ConfigurationProperties("kefu.chat")
public record ChatProperties(@DefaultValue("") String secret, @DefaultValue("30d") Duration tokenLifetime,
		@DefaultValue("5") int messagesPerSecond, @DefaultValue("simple") Broker broker, @DefaultValue Relay relay,
		@DefaultValue("10") int stompThreads, @DefaultValue PresenceWatch presence,
		@DefaultValue VisitorLimits visitors) {

	/** Which message broker STOMP destinations go through. */
	public enum Broker {

		SIMPLE, RELAY

	}

	/**
	 * A STOMP broker for several nodes; RabbitMQ's defaults. The credentials come from
	 * the environment in production, never from the repository.
	 */
	public record Relay(@DefaultValue("localhost") String host, @DefaultValue("61613") int port,
			@DefaultValue("guest") String login, @DefaultValue("guest") String passcode,
			@DefaultValue("/") String virtualHost) {
	}

	/**
	 * Presence follows the connection: an agent online or busy with no live STOMP
	 * connection and no API call for {@code awayAfter} is set away.
	 *
	 * @param awayAfter how long an agent may go unseen (90 s)
	 * @param checkEvery how often each node writes whom it saw and looks for agents
	 * unseen too long; well below {@code awayAfter}
	 */
	public record PresenceWatch(@DefaultValue("90s") Duration awayAfter, @DefaultValue("10s") Duration checkEvery) {

		public PresenceWatch {
			if (checkEvery.isNegative() || checkEvery.isZero() || awayAfter.compareTo(checkEvery.multipliedBy(2)) < 0) {
				throw new IllegalArgumentException("kefu.chat.presence.check-every (" + checkEvery
						+ ") must be positive and at most half of away-after (" + awayAfter + ")");
			}
		}

	}

	/**
	 * What one client address (the request's remote address; an IPv6 address counts by
	 * its /64) may open: anonymous visitor sessions in a sliding window, and buyers
	 * waiting in one shop's queue at once.
	 *
	 * @param sessionsPerAddress visitor sessions per address within {@code window}
	 * @param window the sliding window of {@code sessionsPerAddress}
	 * @param queuedPerAddress buyers of one address waiting in one shop's queue
	 */
	public record VisitorLimits(@DefaultValue("60") int sessionsPerAddress, @DefaultValue("10m") Duration window,
			@DefaultValue("10") int queuedPerAddress) {

		public VisitorLimits {
			if (sessionsPerAddress < 1 || queuedPerAddress < 1 || window.isNegative() || window.isZero()) {
				throw new IllegalArgumentException("kefu.chat.visitors.* limits must be positive");
			}
		}

	}

}
