package io.kefu.quality.web;

import java.time.LocalDate;

import io.kefu.access.Caller;
import io.kefu.customer.BuyerId;
import io.kefu.quality.ReceptionKey;
import io.kefu.quality.UnknownReviewTargetException;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what to a reception's review, for the API and the pages alike: supervisors
 * everything, an agent only reading and disputing their own receptions.
 */
final class ReviewAccess {

	private ReviewAccess() {
	}

	/** No agent or buyer has a number below 1: such a reception is not there. */
	private static ReceptionKey key(long shopId, LocalDate day, long agentId, long buyerId) {
		if (agentId <= 0 || buyerId <= 0) {
			throw new UnknownReviewTargetException("No reception " + day + "/" + agentId + "/" + buyerId);
		}
		return new ReceptionKey(ShopId.of(shopId), day, AgentId.of(agentId), BuyerId.of(buyerId));
	}

	static ReceptionKey readable(Caller caller, long shopId, LocalDate day, long agentId, long buyerId) {
		caller.requireShop(shopId);
		if (!caller.supervises() && caller.agentId() != agentId) {
			throw new AccessDeniedException("An agent sees only their own inspections");
		}
		return key(shopId, day, agentId, buyerId);
	}

	static ReceptionKey supervised(Caller caller, long shopId, LocalDate day, long agentId, long buyerId) {
		caller.requireSupervisorOf(shopId);
		return key(shopId, day, agentId, buyerId);
	}

	/** Only the reception's own agent disputes its hits. */
	static ReceptionKey ownReception(Caller caller, long shopId, LocalDate day, long agentId, long buyerId) {
		caller.requireShop(shopId);
		if (caller.agentId() != agentId) {
			throw new AccessDeniedException("Only the reception's own agent disputes its hits");
		}
		return key(shopId, day, agentId, buyerId);
	}

}
