package io.kefu.reception.internal;

import io.kefu.access.KefuUser;
import io.kefu.reception.Presence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Signing out of the pages sets the agent offline, which hands their open conversations
 * back to the queue: a buyer is never left with an agent who has gone home.
 */
@Component
class SignOutPresence {

	private static final Logger log = LoggerFactory.getLogger(SignOutPresence.class);

	private final PresenceDesk presence;

	private final Floor floor;

	private final TransactionOperations transactions;

	SignOutPresence(PresenceDesk presence, Floor floor, TransactionOperations transactions) {
		this.presence = presence;
		this.floor = floor;
		this.transactions = transactions;
	}

	@EventListener
	void on(LogoutSuccessEvent event) {
		if (!(event.getAuthentication().getPrincipal() instanceof KefuUser user)) {
			return;
		}
		if (floor.presenceOf(user.caller().agentId()).presence() == Presence.OFFLINE) {
			return;
		}
		try {
			transactions.executeWithoutResult(status -> presence.change(user.caller(), Presence.OFFLINE));
		}
		catch (RuntimeException ex) {
			// signing out must succeed even when the desk cannot be updated
			log.warn("Could not set {} offline on signing out", user.getUsername(), ex);
		}
	}

}
