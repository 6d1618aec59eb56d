package io.kefu.reception.web;

import java.util.List;

import io.kefu.staff.AccountAccessChanged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.simp.user.SimpSession;
import org.springframework.messaging.simp.user.SimpUser;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Closes an account's STOMP connections on this node when what it may do changed
 * (disabled, roles or password changed): each gets an ERROR frame saying so, and the
 * connection closes, as for any refused frame ({@link StompAccess}). The account's pages
 * then find their session ended and sign in again.
 */
@Component
@ConditionalOnWebApplication
class AccountConnections {

	private static final Logger log = LoggerFactory.getLogger(AccountConnections.class);

	private final SimpUserRegistry users;

	private final MessageChannel toClients;

	AccountConnections(@Lazy SimpUserRegistry users,
			@Lazy @Qualifier("clientOutboundChannel") MessageChannel toClients) {
		this.users = users;
		this.toClients = toClients;
	}

	@ApplicationModuleListener
	void on(AccountAccessChanged event) {
		SimpUser user = users.getUser(event.username());
		if (user == null) {
			return;
		}
		List<SimpSession> sessions = List.copyOf(user.getSessions());
		for (SimpSession session : sessions) {
			StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
			error.setMessage("The account changed: sign in again");
			error.setSessionId(session.getId());
			toClients.send(MessageBuilder.createMessage(new byte[0], error.getMessageHeaders()));
		}
		log.info("Closed {} live chat connections of {}: the account changed", sessions.size(), event.username());
	}

}
