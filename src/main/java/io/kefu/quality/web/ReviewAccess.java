package io.kefu.quality.web;

import java.time.LocalDate;

import io.kefu.access.Caller;
import io.kefu.quality.ReceptionKey;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what to a reception's review, for the API and the pages alike: supervisors
 * everything, an agent only reading and disputing their own receptions.
 */
final class ReviewAccess {

	private ReviewAccess() {
	}

	static ReceptionKey readable(Caller caller, long shopId, LocalDate day, long agentId, long buyerId) {
		caller.requireShop(shopId);
		if (!caller.supervises() && caller.agentId() != agentId) {
			throw new AccessDeniedException("An agent sees only their own inspections");
		}
		return new ReceptionKey(shopId, day, agentId, buyerId);
	}

	static ReceptionKey supervised(Caller caller, long shopId, LocalDate day, long agentId, long buyerId) {
		caller.requireSupervisorOf(shopId);
		return new ReceptionKey(shopId, day, agentId, buyerId);
	}

	/** Only the reception's own agent disputes its hits. */
	static ReceptionKey ownReception(Caller caller, long shopId, LocalDate day, long agentId, long buyerId) {
		caller.requireShop(shopId);
		if (caller.agentId() != agentId) {
			throw new AccessDeniedException("Only the reception's own agent disputes its hits");
		}
		return new ReceptionKey(shopId, day, agentId, buyerId);
	}

}
