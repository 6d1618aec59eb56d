package io.kefu.quality;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.kefu.customer.BuyerId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * A rating or a complaint to record against an agent, checked field by field.
 *
 * @param buyerId the buyer it came from, when known
 */
public record NewFeedback(AgentId agentId, @Nullable BuyerId buyerId, LocalDate day, BuyerFeedback.Kind kind,
		@Nullable Integer rating, String note) {

	public static final int MAX_NOTE = 500;

	/**
	 * What a form or a request gave, each field checked in turn.
	 * @throws InvalidReviewException naming the first field that is missing or wrong
	 */
	public static NewFeedback of(@Nullable Long agentId, @Nullable Long buyerId, @Nullable String day,
			@Nullable String kind, @Nullable Integer rating, @Nullable String note) {
		if (agentId == null) {
			throw new InvalidReviewException("agentId", "name the agent the feedback is about");
		}
		if (agentId <= 0) {
			// no agent has one: refused as an agent of no shop
			throw new InvalidReviewException("agentId", "not an agent of the shop: " + agentId);
		}
		if (buyerId != null && buyerId <= 0) {
			throw new InvalidReviewException("buyerId", "not a buyer of the shop: " + buyerId);
		}
		LocalDate date = day(day);
		BuyerFeedback.Kind parsed = kind(kind);
		if (parsed == BuyerFeedback.Kind.RATING && (rating == null || rating < 1 || rating > 5)) {
			throw new InvalidReviewException("rating", "a rating is 1 to 5");
		}
		if (parsed == BuyerFeedback.Kind.COMPLAINT && rating != null) {
			throw new InvalidReviewException("rating", "a complaint has no rating");
		}
		String text = note == null ? "" : note.strip();
		if (text.length() > MAX_NOTE) {
			throw new InvalidReviewException("note", "at most " + MAX_NOTE + " characters");
		}
		if (parsed == BuyerFeedback.Kind.COMPLAINT && text.isEmpty()) {
			throw new InvalidReviewException("note", "a complaint says what the buyer complained of");
		}
		return new NewFeedback(AgentId.of(agentId), buyerId == null ? null : BuyerId.of(buyerId), date, parsed, rating,
				text);
	}

	private static LocalDate day(@Nullable String day) {
		if (day == null || day.isBlank()) {
			throw new InvalidReviewException("day", "the business day is required (YYYY-MM-DD)");
		}
		try {
			return LocalDate.parse(day.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidReviewException("day", "not a date (YYYY-MM-DD): " + day);
		}
	}

	private static BuyerFeedback.Kind kind(@Nullable String kind) {
		if (kind != null) {
			for (BuyerFeedback.Kind each : BuyerFeedback.Kind.values()) {
				if (each.name().equalsIgnoreCase(kind.strip())) {
					return each;
				}
			}
		}
		throw new InvalidReviewException("kind", "RATING or COMPLAINT");
	}

}
