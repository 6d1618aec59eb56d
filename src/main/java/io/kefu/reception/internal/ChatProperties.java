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
 */
@ConfigurationProperties("kefu.chat")
public record ChatProperties(@DefaultValue("") String secret, @DefaultValue("30d") Duration tokenLifetime,
		@DefaultValue("5") int messagesPerSecond, @DefaultValue("simple") Broker broker, @DefaultValue Relay relay,
		@DefaultValue("10") int stompThreads) {

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

}
