package io.kefu.reception.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import io.kefu.reception.AgentSeat;
import io.kefu.reception.ChatMessage;
import io.kefu.reception.ConversationState;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.MimeTypeUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tells the STOMP subscribers what changed, once the change is committed: a subscriber
 * never hears of a message that a rollback took back, and a client that fetches after
 * hearing finds it stored. Without a web server (command-line tasks) there is no broker
 * and nothing is sent. Destinations use dots after {@code /topic/} so that a RabbitMQ
 * relay routes them as topic keys.
 */
@Component
class ChatBroadcast {

	private final ObjectProvider<SimpMessageSendingOperations> broker;

	private final JsonMapper json;

	ChatBroadcast(ObjectProvider<SimpMessageSendingOperations> broker, JsonMapper json) {
		this.broker = broker;
		this.json = json;
	}

	static String conversationTopic(long conversationId) {
		return "/topic/conversation." + conversationId;
	}

	static String visitorTopic(long buyerId) {
		return "/topic/visitor." + buyerId;
	}

	static String agentTopic(long agentId) {
		return "/topic/agent." + agentId;
	}

	static String queueTopic(long shopId) {
		return "/topic/shop." + shopId + ".queue";
	}

	static String presenceTopic(long shopId) {
		return "/topic/shop." + shopId + ".presence";
	}

	/** To the conversation, its buyer, and its agent if it has one. */
	void message(ChatMessage message, long buyerId, @Nullable Long agentId) {
		Set<String> to = new LinkedHashSet<>();
		to.add(conversationTopic(message.conversationId()));
		to.add(visitorTopic(buyerId));
		if (agentId != null) {
			to.add(agentTopic(agentId));
		}
		send(to, message);
	}

	/**
	 * To the conversation, its buyer, the shop's queue watchers, its agent and the agent
	 * who had it before.
	 */
	void state(ConversationState state, @Nullable Long previousAgentId) {
		Set<String> to = new LinkedHashSet<>();
		to.add(conversationTopic(state.conversationId()));
		to.add(visitorTopic(state.buyerId()));
		to.add(queueTopic(state.shopId()));
		if (state.agentId() != null) {
			to.add(agentTopic(state.agentId()));
		}
		if (previousAgentId != null) {
			to.add(agentTopic(previousAgentId));
		}
		send(to, state);
	}

	void presence(AgentSeat seat) {
		send(Set.of(presenceTopic(seat.shopId())), new PresenceChanged(seat));
	}

	private void send(Set<String> destinations, Object payload) {
		SimpMessageSendingOperations operations = broker.getIfAvailable();
		if (operations == null) {
			return;
		}
		Runnable sending = () -> {
			// written as JSON once for all its destinations, by the mapper the broker's
			// converter would use
			byte[] body = json.writeValueAsBytes(payload);
			for (String destination : destinations) {
				SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
				headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
				headers.setLeaveMutable(true);
				operations.send(destination, MessageBuilder.createMessage(body, headers.getMessageHeaders()));
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					sending.run();
				}
			});
		}
		else {
			sending.run();
		}
	}

	/** STOMP {@code "type": "presence"}: an agent's seat changed. */
	record PresenceChanged(AgentSeat seat) {

		@com.fasterxml.jackson.annotation.JsonProperty("type")
		public String type() {
			return "presence";
		}

	}

}
