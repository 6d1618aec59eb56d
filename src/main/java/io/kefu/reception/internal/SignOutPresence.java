package io.kefu.reception.internal;

import java.util.Set;

import io.kefu.access.Caller;
import io.kefu.access.KefuUser;
import io.kefu.reception.Presence;
import io.kefu.staff.AccountAccessChanged;
import io.kefu.staff.Staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Signing out of the pages sets the agent offline, which hands their open conversations
 * back to the queue: a buyer is never left with an agent who has gone home. Disabling an
 * account signs it out everywhere, so it sets the agent offline too.
 */
@Component
class SignOutPresence {

	private static final Logger log = LoggerFactory.getLogger(SignOutPresence.class);

	private final PresenceDesk presence;

	private final Floor floor;

	private final TransactionOperations transactions;

	private final Staff staff;

	SignOutPresence(PresenceDesk presence, Floor floor, TransactionOperations transactions, Staff staff) {
		this.presence = presence;
		this.floor = floor;
		this.transactions = transactions;
		this.staff = staff;
	}

	@EventListener
	void on(LogoutSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof KefuUser user) {
			setOffline(user.caller());
		}
	}

	@ApplicationModuleListener
	void on(AccountAccessChanged event) {
		staff.find(event.agentId())
			.filter(agent -> !agent.enabled() && agent.shopId() != null)
			.ifPresent(agent -> setOffline(new Caller(agent.id().value(), event.username(), agent.displayName(),
					Set.of(agent.shopId().value()), agent.roles())));
	}

	private void setOffline(Caller caller) {
		if (floor.presenceOf(caller.agentId()).presence() == Presence.OFFLINE) {
			return;
		}
		try {
			transactions.executeWithoutResult(status -> presence.change(caller, Presence.OFFLINE));
		}
		catch (RuntimeException ex) {
			// signing out must succeed even when the desk cannot be updated
			log.warn("Could not set {} offline on signing out", caller.username(), ex);
		}
	}

}
