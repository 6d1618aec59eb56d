package io.kefu.quality;

import java.time.LocalDate;
import java.util.List;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * Buyers' ratings and complaints about agents, as supervisors record them, and the low
 * ratings (低评) they make.
 */
public interface BuyerFeedbacks {

	/**
	 * Records a rating (kept as it is) or a complaint (pending until the supervisor
	 * decides).
	 * @throws InvalidReviewException naming {@code agentId} or {@code buyerId} when they
	 * are not the shop's
	 */
	BuyerFeedback record(ShopId shopId, NewFeedback feedback, AgentId recordedBy);

	/**
	 * @throws UnknownReviewTargetException when the shop has no such feedback
	 * @throws IllegalStateException unless it is a pending complaint
	 */
	BuyerFeedback uphold(ShopId shopId, long feedbackId);

	/**
	 * @throws UnknownReviewTargetException when the shop has no such feedback
	 * @throws IllegalStateException unless it is a pending complaint
	 */
	BuyerFeedback dismiss(ShopId shopId, long feedbackId);

	/** The feedback of the shop's business days, of one agent or of all, newest first. */
	List<BuyerFeedback> between(ShopId shopId, LocalDate from, LocalDate to, @Nullable AgentId agentId);

	/** The low ratings (低评) of the period, of one agent or of all, newest first. */
	default List<BuyerFeedback> lowRatings(ShopId shopId, LocalDate from, LocalDate to, @Nullable AgentId agentId) {
		return between(shopId, from, to, agentId).stream().filter(BuyerFeedback::isLow).toList();
	}

}
