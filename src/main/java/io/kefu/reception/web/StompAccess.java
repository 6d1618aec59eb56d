package io.kefu.reception.web;

import java.security.Principal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kefu.access.Caller;
import io.kefu.access.KefuUser;
import io.kefu.access.Role;
import io.kefu.reception.Apprentices;
import io.kefu.reception.ConversationNotFoundException;
import io.kefu.reception.InvalidVisitorTokenException;
import io.kefu.reception.LiveChat;
import io.kefu.reception.Visitor;
import io.kefu.reception.VisitorChat;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks every STOMP frame a client sends. CONNECT: a visitor with a valid token in the
 * {@code token} header, or a signed-in account (the WebSocket handshake's principal) that
 * need not change its password first. SUBSCRIBE: a visitor only to
 * {@code /topic/visitor.{ownBuyerId}}; an agent to the conversations of their shops,
 * their own {@code /topic/agent.{id}} (supervisors: their shop's agents'; mentors: their
 * trainees') and their shops' {@code queue} and {@code presence} topics; everyone to
 * {@code /user/queue/errors}. SEND: only to {@code /app/visitor.send} (visitors) and
 * {@code /app/agent.send} (agents); nobody sends to a topic directly. Anything else is
 * refused with an ERROR frame naming it, and the connection closes. The ERROR frame is
 * sent from here rather than by throwing: frames are handled in the order received (see
 * {@link StompConfiguration}), and on that path Spring only logs what an interceptor
 * throws.
 */
@Component
class StompAccess implements ChannelInterceptor {

	static final String TOKEN_HEADER = "token";

	private static final Pattern VISITOR = Pattern.compile("/topic/visitor\\.(\\d+)");

	private static final Pattern CONVERSATION = Pattern.compile("/topic/conversation\\.(\\d+)");

	private static final Pattern AGENT = Pattern.compile("/topic/agent\\.(\\d+)");

	private static final Pattern SHOP = Pattern.compile("/topic/shop\\.(\\d+)\\.(queue|presence)");

	private final VisitorChat visitors;

	private final LiveChat chat;

	private final Staff staff;

	private final Apprentices apprentices;

	private final MessageChannel toClients;

	StompAccess(VisitorChat visitors, LiveChat chat, Staff staff, Apprentices apprentices,
			@Lazy @Qualifier("clientOutboundChannel") MessageChannel toClients) {
		this.visitors = visitors;
		this.chat = chat;
		this.staff = staff;
		this.apprentices = apprentices;
		this.toClients = toClients;
	}

	@Override
	public @Nullable Message<?> preSend(Message<?> message, MessageChannel channel) {
		StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
		if (stomp == null || stomp.getCommand() == null) {
			return message;
		}
		StompCommand command = stomp.getCommand();
		if (command == StompCommand.CONNECT) {
			Optional<String> refused = connect(stomp);
			return refused.isEmpty() ? message : refuse(stomp, refused.get());
		}
		boolean allowed = command == StompCommand.SUBSCRIBE ? allowedToSubscribe(stomp.getUser(), destination(stomp))
				: command != StompCommand.SEND || allowedToSend(stomp.getUser(), destination(stomp));
		return allowed ? message : refuse(stomp, "Not allowed: " + command + " " + destination(stomp));
	}

	/**
	 * @return why the connection is refused, if it is
	 */
	private Optional<String> connect(StompHeaderAccessor stomp) {
		String token = stomp.getFirstNativeHeader(TOKEN_HEADER);
		if (token != null) {
			try {
				stomp.setUser(visitors.verify(token));
				return Optional.empty();
			}
			catch (InvalidVisitorTokenException ex) {
				return Optional.of(ex.getMessage());
			}
		}
		Optional<KefuUser> account = account(stomp.getUser());
		if (account.isEmpty()) {
			return Optional.of("Connect with a visitor token in the 'token' header, or sign in");
		}
		// an account that signed in with a password someone else set may only change it
		return account.get().mustChangePassword() ? Optional.of("Change your password first, then connect again")
				: Optional.empty();
	}

	/**
	 * Answers the frame with an ERROR frame (the connection then closes) and drops it.
	 */
	private @Nullable Message<?> refuse(StompHeaderAccessor stomp, String reason) {
		StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
		error.setMessage(reason);
		error.setSessionId(stomp.getSessionId());
		toClients.send(MessageBuilder.createMessage(new byte[0], error.getMessageHeaders()));
		return null;
	}

	boolean allowedToSubscribe(@Nullable Principal user, String destination) {
		if (destination.equals("/user/queue/errors")) {
			return user != null;
		}
		if (user instanceof Visitor visitor) {
			Matcher own = VISITOR.matcher(destination);
			return own.matches() && Long.parseLong(own.group(1)) == visitor.buyerId();
		}
		Optional<Caller> found = caller(user);
		if (found.isEmpty()) {
			return false;
		}
		Caller caller = found.get();
		Matcher matcher = CONVERSATION.matcher(destination);
		if (matcher.matches()) {
			return canRead(caller, Long.parseLong(matcher.group(1)));
		}
		matcher = AGENT.matcher(destination);
		if (matcher.matches()) {
			long agentId = Long.parseLong(matcher.group(1));
			return agentId == caller.agentId()
					|| caller.supervises() && staff.find(AgentId.of(agentId))
						.map(agent -> agent.shopId() == null ? null : agent.shopId().value())
						.filter(caller::worksIn)
						.isPresent()
					|| apprentices.menteesOf(AgentId.of(caller.agentId())).contains(AgentId.of(agentId));
		}
		matcher = SHOP.matcher(destination);
		return matcher.matches() && caller.worksIn(Long.parseLong(matcher.group(1))) && atDesk(caller);
	}

	private boolean canRead(Caller caller, long conversationId) {
		try {
			chat.conversation(caller, PathIds.conversation(conversationId));
			return true;
		}
		catch (ConversationNotFoundException | AccessDeniedException ex) {
			return false;
		}
	}

	static boolean allowedToSend(@Nullable Principal user, String destination) {
		if (user instanceof Visitor) {
			return destination.equals("/app/visitor.send");
		}
		return caller(user).isPresent() && destination.equals("/app/agent.send");
	}

	static Optional<Caller> caller(@Nullable Principal user) {
		return account(user).map(KefuUser::caller);
	}

	private static Optional<KefuUser> account(@Nullable Principal user) {
		if (user instanceof Authentication authentication && authentication.getPrincipal() instanceof KefuUser kefu) {
			return Optional.of(kefu);
		}
		return Optional.empty();
	}

	private static boolean atDesk(Caller caller) {
		return caller.has(Role.PRE_SALES) || caller.has(Role.AFTER_SALES) || caller.supervises();
	}

	private static String destination(StompHeaderAccessor stomp) {
		String destination = stomp.getDestination();
		return destination == null ? "" : destination;
	}

}
