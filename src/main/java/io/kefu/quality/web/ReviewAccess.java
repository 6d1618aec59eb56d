package io.kefu.quality.web;

import java.time.LocalDate;

import io.kefu.access.Caller;
import io.kefu.access.Role;
import io.kefu.customer.BuyerId;
import io.kefu.quality.AgentsInTraining;
import io.kefu.quality.ReceptionKey;
import io.kefu.quality.UnknownReviewTargetException;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what to a reception's review, for the API and the pages alike: supervisors
 * everything; the trainer reads and reviews (annotations, hits marked wrong, the
 * scorecard) the receptions of the shop's agents in training, but settles no disputes and
 * records no buyer feedback; an agent only reads and disputes their own receptions.
 */
@Component
class ReviewAccess {

	private final AgentsInTraining training;

	ReviewAccess(AgentsInTraining training) {
		this.training = training;
	}

	/** No agent or buyer has a number below 1: such a reception is not there. */
	private static ReceptionKey key(long shopId, LocalDate day, long agentId, long buyerId) {
		if (agentId <= 0 || buyerId <= 0) {
			throw new UnknownReviewTargetException("No reception " + day + "/" + agentId + "/" + buyerId);
		}
		return new ReceptionKey(ShopId.of(shopId), day, AgentId.of(agentId), BuyerId.of(buyerId));
	}

	ReceptionKey readable(Caller caller, long shopId, LocalDate day, long agentId, long buyerId) {
		caller.requireShop(shopId);
		if (!caller.supervises() && caller.agentId() != agentId && !trainsAgent(caller, shopId, agentId)) {
			throw new AccessDeniedException("An agent sees only their own inspections");
		}
		return key(shopId, day, agentId, buyerId);
	}

	ReceptionKey supervised(Caller caller, long shopId, LocalDate day, long agentId, long buyerId) {
		caller.requireSupervisorOf(shopId);
		return key(shopId, day, agentId, buyerId);
	}

	/**
	 * Reviewing the reception's transcript: a supervisor, or the trainer when the agent
	 * is in training (a certified agent's receptions are the supervisors').
	 */
	ReceptionKey reviewed(Caller caller, long shopId, LocalDate day, long agentId, long buyerId) {
		caller.requireShop(shopId);
		if (!mayReview(caller, shopId, agentId)) {
			throw new AccessDeniedException("Only a supervisor, or the trainer of an agent in training, reviews this");
		}
		return key(shopId, day, agentId, buyerId);
	}

	boolean mayReview(Caller caller, long shopId, long agentId) {
		return caller.worksIn(shopId) && (caller.supervises() || trainsAgent(caller, shopId, agentId));
	}

	/** Only the reception's own agent disputes its hits. */
	ReceptionKey ownReception(Caller caller, long shopId, LocalDate day, long agentId, long buyerId) {
		caller.requireShop(shopId);
		if (caller.agentId() != agentId) {
			throw new AccessDeniedException("Only the reception's own agent disputes its hits");
		}
		return key(shopId, day, agentId, buyerId);
	}

	private boolean trainsAgent(Caller caller, long shopId, long agentId) {
		return caller.has(Role.TRAINER) && agentId > 0 && training.inTraining(ShopId.of(shopId), AgentId.of(agentId));
	}

}
