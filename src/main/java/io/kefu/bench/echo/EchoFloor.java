package io.kefu.bench.echo;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Controller;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * The floor: Spring's STOMP over WebSocket on Tomcat with the simple broker, configured
 * as Kefu's is ({@code /ws}, frames of a connection in order, heart-beats every 10 s),
 * and one {@code @MessageMapping} that sends each frame's body unchanged to the topics
 * its {@code to} header names: the sender's own and its counterpart's, which is what Kefu
 * sends a chat message to. No database, no security, no JSON.
 */
public final class EchoFloor {

	private EchoFloor() {
	}

	/** Starts the floor on a free port; close the context to stop it. */
	public static ConfigurableApplicationContext start() {
		SpringApplication application = new SpringApplication(Floor.class);
		application.setWebApplicationType(WebApplicationType.SERVLET);
		// Kefu's application.properties is on the class path; the floor reads none, and a
		// data source URL, never used, keeps Kefu's database set-up from running
		application.setDefaultProperties(Map.of("spring.config.name", "kefu-echo-floor", "server.port", "0",
				"spring.datasource.url", "jdbc:none", "spring.main.banner-mode", "off", "logging.level.root", "WARN",
				"server.tomcat.max-connections", "20000"));
		return application.run();
	}

	public static int port(ConfigurableApplicationContext floor) {
		return ((WebServerApplicationContext) floor).getWebServer().getPort();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebSocketMessageBroker
	@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class,
			DispatcherServletAutoConfiguration.class })
	static class Floor implements WebSocketMessageBrokerConfigurer {

		private final TaskScheduler heartbeats;

		Floor(@Lazy TaskScheduler messageBrokerTaskScheduler) {
			this.heartbeats = messageBrokerTaskScheduler;
		}

		@Bean
		Echo echo(SimpMessageSendingOperations broker) {
			return new Echo(broker);
		}

		@Override
		public void registerStompEndpoints(StompEndpointRegistry registry) {
			registry.addEndpoint("/ws");
			registry.setPreserveReceiveOrder(true);
		}

		@Override
		public void configureMessageBroker(MessageBrokerRegistry registry) {
			registry.setApplicationDestinationPrefixes("/app");
			// as Kefu's broker: remembering the subscribers of 32,768 destinations rather
			// than 1,024 spares a scan of every subscription on almost every message
			registry.setCacheLimit(32_768);
			registry.enableSimpleBroker("/topic")
				.setHeartbeatValue(new long[] { 10_000, 10_000 })
				.setTaskScheduler(heartbeats);
		}

	}

	@Controller
	static class Echo {

		// as Kefu's frames are: JSON, so sent as WebSocket text
		private static final Map<String, Object> JSON = Map.of(MessageHeaders.CONTENT_TYPE,
				MimeTypeUtils.APPLICATION_JSON);

		private final SimpMessageSendingOperations broker;

		Echo(SimpMessageSendingOperations broker) {
			this.broker = broker;
		}

		@MessageMapping("echo")
		void echo(Message<byte[]> frame) {
			String to = StompHeaderAccessor.wrap(frame).getFirstNativeHeader("to");
			if (to == null) {
				return;
			}
			for (String destination : to.split(",")) {
				if (destination.startsWith("/topic/")) {
					broker.convertAndSend(destination, frame.getPayload(), JSON);
				}
			}
		}

	}

}
