package io.kefu.reception.web;

import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class DirectSubscriptionsUnitTests {

	final DirectSubscriptions subscriptions = new DirectSubscriptions();

	@Test
	void aMessageFindsExactlyTheSessionsSubscribedToItsDestination() {
		subscribe("buyer-7", "sub-1", "/topic/visitor.7");
		subscribe("desk-3", "sub-1", "/topic/agent.3");
		subscribe("desk-3", "sub-2", "/topic/conversation.12");
		subscribe("boss", "sub-9", "/topic/conversation.12");

		assertThat(subscriptions.findSubscriptions(message("/topic/visitor.7"))).containsOnlyKeys("buyer-7");
		assertThat(subscriptions.findSubscriptions(message("/topic/conversation.12")))
			.containsEntry("desk-3", java.util.List.of("sub-2"))
			.containsEntry("boss", java.util.List.of("sub-9"));
		assertThat(subscriptions.findSubscriptions(message("/topic/visitor.8"))).isEmpty();
	}

	@Test
	void aDestinationIsANameNotAPattern() {
		subscribe("buyer-7", "sub-1", "/topic/visitor.7");

		assertThat(subscriptions.findSubscriptions(message("/topic/visitor.70"))).isEmpty();
		assertThat(subscriptions.findSubscriptions(message("/topic/visitor.*"))).isEmpty();
	}

	@Test
	void anUnsubscribedOrDisconnectedSessionHearsNothingMore() {
		subscribe("desk-3", "sub-1", "/topic/agent.3");
		subscribe("desk-3", "sub-2", "/topic/shop.1.queue");
		subscribe("desk-4", "sub-1", "/topic/shop.1.queue");

		subscriptions.unregisterSubscription(unsubscribe("desk-3", "sub-2"));
		assertThat(subscriptions.findSubscriptions(message("/topic/shop.1.queue"))).containsOnlyKeys("desk-4");

		subscriptions.unregisterAllSubscriptions("desk-3");
		assertThat(subscriptions.findSubscriptions(message("/topic/agent.3"))).isEmpty();
		assertThat(subscriptions.findSubscriptions(message("/topic/shop.1.queue"))).containsOnlyKeys("desk-4");
	}

	@Test
	void twoSubscriptionsOfOneSessionToOneDestinationAreBothFound() {
		subscribe("page", "sub-1", "/topic/visitor.7");
		subscribe("page", "sub-2", "/topic/visitor.7");

		assertThat(subscriptions.findSubscriptions(message("/topic/visitor.7")).get("page"))
			.containsExactlyInAnyOrder("sub-1", "sub-2");
	}

	private void subscribe(String session, String id, String destination) {
		SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.SUBSCRIBE);
		headers.setSessionId(session);
		headers.setSubscriptionId(id);
		headers.setDestination(destination);
		subscriptions.registerSubscription(MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders()));
	}

	private static Message<byte[]> unsubscribe(String session, String id) {
		SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.UNSUBSCRIBE);
		headers.setSessionId(session);
		headers.setSubscriptionId(id);
		return MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
	}

	private static Message<byte[]> message(String destination) {
		SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
		headers.setDestination(destination);
		return MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
	}

}
