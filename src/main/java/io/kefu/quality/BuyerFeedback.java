package io.kefu.quality;

import java.time.Instant;
import java.time.LocalDate;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * A buyer's rating of an agent or a complaint about one, as a supervisor recorded it. A
 * low rating (低评, DOMAIN.md) is a rating of 1 or 2 of 5, or a complaint the supervisor
 * upheld.
 *
 * @param buyerId null when the buyer is unknown or gone
 * @param rating 1 to 5 for a rating, null for a complaint
 */
public record BuyerFeedback(long id, ShopId shopId, AgentId agentId, @Nullable BuyerId buyerId, LocalDate day,
		Kind kind, @Nullable Integer rating, Status status, String note, @Nullable AgentId recordedBy,
		Instant recordedAt) {

	/** The highest rating that is low. */
	public static final int LOW_RATING = 2;

	public enum Kind {

		RATING, COMPLAINT

	}

	public enum Status {

		/** A rating: nothing to decide. */
		RECORDED,
		/** A complaint waiting for the supervisor. */
		PENDING,
		/** A complaint the supervisor found justified: a low rating. */
		UPHELD,
		/** A complaint the supervisor found unjustified. */
		DISMISSED

	}

	/** Whether it counts as a low rating (低评). */
	public boolean isLow() {
		return kind == Kind.RATING ? rating != null && rating <= LOW_RATING : status == Status.UPHELD;
	}

	/**
	 * @throws IllegalStateException unless it is a pending complaint
	 */
	public BuyerFeedback uphold() {
		return decided(Status.UPHELD);
	}

	/**
	 * @throws IllegalStateException unless it is a pending complaint
	 */
	public BuyerFeedback dismiss() {
		return decided(Status.DISMISSED);
	}

	private BuyerFeedback decided(Status decision) {
		if (kind != Kind.COMPLAINT || status != Status.PENDING) {
			throw new IllegalStateException("Only a pending complaint is upheld or dismissed; feedback " + id + " is a "
					+ kind + ", " + status);
		}
		return new BuyerFeedback(id, shopId, agentId, buyerId, day, kind, rating, decision, note, recordedBy,
				recordedAt);
	}

}
