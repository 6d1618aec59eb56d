package io.kefu.quality;

import java.util.Map;

import io.kefu.customer.BuyerId;
import io.kefu.reception.ReceptionStep;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * What people make of an inspection (质检复核). A supervisor marks a hit wrong (a false
 * positive, kept to tune the rules) and may take that back, annotates messages, fills in
 * the scorecard and settles disputes; the reception's own agent disputes a hit once, with
 * a reason. Who may call what is the caller's to check; these methods check only what the
 * review itself allows. Hits are named by their message and rule; a review outlives the
 * inspection it was made on when the period is inspected again and the hit is found
 * again.
 */
public interface Reviews {

	/** Longest reason of a dispute, in characters. */
	int MAX_REASON = 500;

	/**
	 * @throws UnknownReviewTargetException when the reception has no inspection
	 */
	ReceptionReview review(ReceptionKey reception);

	/**
	 * Marks a standing hit a false positive: it takes no points.
	 * @return the inspection with its new score
	 * @throws UnknownReviewTargetException when there is no such hit
	 * @throws IllegalStateException unless the hit is standing
	 */
	StoredInspection markWrong(ReceptionKey reception, Rule rule, long messageId, AgentId supervisorId);

	/**
	 * Takes back marking a hit wrong: it stands and takes its points again.
	 * @throws IllegalStateException unless the hit is marked wrong
	 */
	StoredInspection undoWrong(ReceptionKey reception, Rule rule, long messageId);

	/**
	 * The reception's agent disputes a standing hit; it still counts until settled. A hit
	 * is disputed once.
	 * @throws InvalidReviewException naming {@code reason} when it is blank or longer
	 * than {@link #MAX_REASON}
	 * @throws IllegalStateException when the hit was disputed before or is not standing
	 */
	StoredInspection dispute(ReceptionKey reception, Rule rule, long messageId, @Nullable String reason);

	/**
	 * The disputes waiting for a settlement in the shop: of every agent, or of one. Only
	 * hits that the reception's current inspection still finds count. Reads only.
	 */
	Disputes disputesWaiting(ShopId shopId, @Nullable AgentId agentId);

	/**
	 * @throws IllegalStateException unless the hit is disputed
	 */
	StoredInspection settle(ReceptionKey reception, Rule rule, long messageId, Settlement settlement,
			AgentId supervisorId);

	/**
	 * @throws UnknownReviewTargetException when the message is not of the reception's
	 * buyer thread
	 * @throws InvalidReviewException naming {@code text} when it is blank or too long
	 */
	InspectionNote annotate(ReceptionKey reception, long messageId, @Nullable String text, AgentId authorId);

	/**
	 * Replaces the reception's scorecard; steps left out are not marked.
	 * @throws InvalidReviewException naming the mark or comment that is wrong
	 */
	Scorecard score(ReceptionKey reception, Map<ReceptionStep, Integer> marks, @Nullable String comment,
			AgentId reviewerId);

}
