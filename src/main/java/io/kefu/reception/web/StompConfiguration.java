package io.kefu.reception.web;

import io.kefu.reception.internal.ChatProperties;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * STOMP over plain WebSocket at {@code /ws} (no SockJS: the visitor API is the fallback),
 * same-origin only (the chat page, embedded or not, is served from here). Clients send to
 * {@code /app/...} and subscribe to {@code /topic/...} and {@code /user/queue/errors}.
 * {@code kefu.chat.broker=simple} keeps subscriptions in memory (one node); {@code relay}
 * hands them to RabbitMQ's STOMP plugin so that several nodes deliver to each other's
 * clients: every node opens a TCP connection to the broker for each of its clients
 * (Reactor Netty's), and topics ({@code /topic/visitor.7}) become routing keys of
 * {@code amq.topic}. Heartbeats every 10 s let both sides notice a dead connection.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableWebSocketMessageBroker
class StompConfiguration implements WebSocketMessageBrokerConfigurer {

	private static final long HEARTBEAT_MILLIS = 10_000;

	private final ChatProperties properties;

	private final StompAccess access;

	private @Nullable TaskScheduler heartbeats;

	StompConfiguration(ChatProperties properties, StompAccess access) {
		this.properties = properties;
		this.access = access;
	}

	@Autowired
	void setHeartbeats(@Lazy TaskScheduler messageBrokerTaskScheduler) {
		this.heartbeats = messageBrokerTaskScheduler;
	}

	@Override
	public void registerStompEndpoints(StompEndpointRegistry registry) {
		registry.addEndpoint("/ws");
		// a client's frames are handled in the order sent: a subscription is in place
		// before the messages that follow it, and a buyer's messages are numbered in
		// the order typed
		registry.setPreserveReceiveOrder(true);
	}

	@Override
	public void configureMessageBroker(MessageBrokerRegistry registry) {
		registry.setApplicationDestinationPrefixes("/app");
		registry.setUserDestinationPrefix("/user");
		if (properties.broker() == ChatProperties.Broker.RELAY) {
			ChatProperties.Relay relay = properties.relay();
			// a connection's own queue travels through amq.direct (RabbitUserQueues)
			registry.configureBrokerChannel().interceptors(new RabbitUserQueues());
			registry.enableStompBrokerRelay("/topic", RabbitUserQueues.DIRECT)
				.setRelayHost(relay.host())
				.setRelayPort(relay.port())
				.setClientLogin(relay.login())
				.setClientPasscode(relay.passcode())
				.setSystemLogin(relay.login())
				.setSystemPasscode(relay.passcode())
				.setVirtualHost(relay.virtualHost());
		}
		else {
			registry.enableSimpleBroker("/topic", "/queue")
				.setHeartbeatValue(new long[] { HEARTBEAT_MILLIS, HEARTBEAT_MILLIS })
				.setTaskScheduler(heartbeats);
		}
	}

	/**
	 * The simple broker finds subscribers through {@link DirectSubscriptions}, not by
	 * scanning (set before the broker starts; the relay's broker keeps its own).
	 */
	@Bean
	static BeanPostProcessor directSubscriptions() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof SimpleBrokerMessageHandler broker) {
					broker.setSubscriptionRegistry(new DirectSubscriptions());
				}
				return bean;
			}
		};
	}

	@Override
	public void configureClientInboundChannel(ChannelRegistration registration) {
		// storing a message waits on the database most of the time: Spring's default of
		// two threads a core left the connections idle while frames queued (an agent's
		// frames wait for each other, so a queue there holds up every buyer they answer)
		registration.taskExecutor().corePoolSize(properties.stompThreads()).maxPoolSize(properties.stompThreads());
		registration.interceptors(access);
	}

}
