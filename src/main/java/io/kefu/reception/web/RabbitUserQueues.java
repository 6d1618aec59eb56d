package io.kefu.reception.web;

import org.jspecify.annotations.Nullable;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;

/**
 * With the broker relay, sends a connection's own queues ({@code /user/queue/errors},
 * which Spring resolves to {@code /queue/errors-user{session}}) through RabbitMQ's
 * {@code amq.direct} exchange. A {@code /queue/...} destination would make RabbitMQ
 * declare a durable queue per connection that outlives it; and a queue declared otherwise
 * on subscription is declared again, differently, by the server's next send to it, which
 * RabbitMQ answers by closing the relay's shared connection. Subscribing to
 * {@code /exchange/amq.direct/{name}} creates an exclusive queue that goes with the
 * connection, and sending there only publishes. Clients keep subscribing to
 * {@code /user/queue/errors}: the frames they get name that destination.
 */
class RabbitUserQueues implements ChannelInterceptor {

	static final String QUEUE = "/queue/";

	static final String DIRECT = "/exchange/amq.direct/";

	@Override
	public @Nullable Message<?> preSend(Message<?> message, MessageChannel channel) {
		String destination = SimpMessageHeaderAccessor.getDestination(message.getHeaders());
		if (destination == null || !destination.startsWith(QUEUE)) {
			return message;
		}
		MessageHeaderAccessor mutable = MessageHeaderAccessor.getMutableAccessor(message);
		if (!(mutable instanceof SimpMessageHeaderAccessor simp)) {
			return message;
		}
		simp.setDestination(direct(destination));
		return MessageBuilder.createMessage(message.getPayload(), simp.getMessageHeaders());
	}

	static String direct(String queueDestination) {
		return DIRECT + queueDestination.substring(QUEUE.length());
	}

}
