package io.kefu.reception.web;

import java.security.Principal;

import io.kefu.access.Caller;
import io.kefu.reception.AddressLimitException;
import io.kefu.reception.ConversationNotFoundException;
import io.kefu.reception.InvalidChatInputException;
import io.kefu.reception.LiveChat;
import io.kefu.reception.ThrottledException;
import io.kefu.reception.Visitor;
import io.kefu.reception.VisitorChat;
import io.kefu.staff.SkillGroup;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.messaging.Message;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sending over STOMP. A sent message is not answered directly: it comes back to every
 * subscriber, the sender included, on the topics, numbered. What cannot be stored
 * (throttled, too long, not allowed) is answered to the sending session alone on
 * {@code /user/queue/errors} with the client id, so that the client can retry or say why.
 */
@Controller
class StompChat {

	private final VisitorChat visitors;

	private final LiveChat chat;

	private final ReplyLanes lanes;

	/** Absent where Kefu runs a command without its web server. */
	private final ObjectProvider<SimpMessageSendingOperations> broker;

	private final JsonMapper json;

	StompChat(VisitorChat visitors, LiveChat chat, ReplyLanes lanes,
			ObjectProvider<SimpMessageSendingOperations> broker, JsonMapper json) {
		this.visitors = visitors;
		this.chat = chat;
		this.lanes = lanes;
		this.broker = broker;
		this.json = json;
	}

	@MessageMapping("visitor.send")
	void visitorSends(VisitorFrame frame, Principal principal) {
		visitors.send((Visitor) principal, frame.clientId(), frame.content(), frame.skillGroup());
	}

	/**
	 * Stored in the conversation's lane, so that the agent's replies to other buyers do
	 * not wait for it; what goes wrong reaches the sending session as it would have here.
	 */
	@MessageMapping("agent.send")
	void agentSends(AgentFrame frame, Principal principal, SimpMessageHeaderAccessor headers) {
		Caller caller = StompAccess.caller(principal)
			.orElseThrow(() -> new AccessDeniedException("Only signed-in agents send here"));
		Long conversationId = frame.conversationId();
		if (conversationId == null) {
			throw new InvalidChatInputException("conversationId", "is required");
		}
		String session = headers.getSessionId();
		lanes.run(conversationId, () -> {
			try {
				chat.reply(caller, PathIds.conversation(conversationId), frame.clientId(), frame.content());
			}
			catch (RuntimeException ex) {
				tell(principal.getName(), session, problemOf(ex, frame.clientId()));
			}
		});
	}

	@MessageExceptionHandler
	@SendToUser(destinations = "/queue/errors", broadcast = false)
	ChatProblem problem(Exception ex, Message<?> message) {
		return problemOf(ex, clientIdOf(message));
	}

	private void tell(String user, @Nullable String session, ChatProblem problem) {
		SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
		if (session != null) {
			headers.setSessionId(session);
		}
		headers.setLeaveMutable(true);
		broker.ifAvailable(operations -> operations.convertAndSendToUser(user, "/queue/errors", problem,
				headers.getMessageHeaders()));
	}

	private static ChatProblem problemOf(Exception ex, @Nullable String clientId) {
		if (ex instanceof ThrottledException) {
			return new ChatProblem("THROTTLED", ex.getMessage(), null, clientId, 1L);
		}
		if (ex instanceof AddressLimitException limited) {
			return new ChatProblem(limited.limit().name(), ex.getMessage(), null, clientId,
					limited.retryAfter().toSeconds());
		}
		if (ex instanceof MessageConversionException unreadable) {
			return problemOf(UnreadableBody.of(unreadable), clientId);
		}
		if (ex instanceof InvalidChatInputException invalid) {
			return new ChatProblem("INVALID", invalid.getMessage(), invalid.field(), clientId, null);
		}
		if (ex instanceof ConversationNotFoundException) {
			return new ChatProblem("NOT_FOUND", ex.getMessage(), null, clientId, null);
		}
		if (ex instanceof IllegalStateException) {
			return new ChatProblem("CONFLICT", ex.getMessage(), null, clientId, null);
		}
		if (ex instanceof AccessDeniedException) {
			return new ChatProblem("FORBIDDEN", ex.getMessage(), null, clientId, null);
		}
		return new ChatProblem("ERROR", "The message could not be stored; send it again", null, clientId, null);
	}

	private @Nullable String clientIdOf(Message<?> message) {
		try {
			if (message.getPayload() instanceof byte[] body) {
				JsonNode node = json.readTree(body).get("clientId");
				return node == null || !node.isString() ? null : node.asString();
			}
		}
		catch (RuntimeException ex) {
			// an unreadable frame has no client id to report
		}
		return null;
	}

	/** {@code /app/visitor.send}: the visitor API's message. */
	record VisitorFrame(@Nullable String clientId, @Nullable String content, @Nullable SkillGroup skillGroup) {
	}

	/** {@code /app/agent.send}: an agent's reply in one of their conversations. */
	record AgentFrame(@Nullable Long conversationId, @Nullable String clientId, @Nullable String content) {
	}

	/**
	 * STOMP {@code "type": "error"}: why a sent message was not stored.
	 *
	 * @param code THROTTLED, TOO_MANY_QUEUED, INVALID, NOT_FOUND, CONFLICT, FORBIDDEN or
	 * ERROR
	 * @param field the rejected field of an INVALID message
	 * @param retryAfterSeconds when sending again may succeed (THROTTLED,
	 * TOO_MANY_QUEUED)
	 */
	record ChatProblem(String code, @Nullable String detail, @Nullable String field, @Nullable String clientId,
			@Nullable Long retryAfterSeconds) {

		@JsonProperty("type")
		public String type() {
			return "error";
		}

	}

}
