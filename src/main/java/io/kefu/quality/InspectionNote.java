package io.kefu.quality;

import java.time.Instant;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * A supervisor's annotation (批注) on one message of a reception.
 *
 * @param authorId null once the author's account is gone
 */
public record InspectionNote(long id, long messageId, @Nullable AgentId authorId, String text, Instant createdAt) {

	/** Longest annotation, in characters. */
	public static final int MAX_LENGTH = 1_000;

	/**
	 * @throws InvalidReviewException naming {@code text} when it is blank or too long
	 */
	public static String checkedText(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidReviewException("text", "an annotation says something");
		}
		String trimmed = text.strip();
		if (trimmed.length() > MAX_LENGTH) {
			throw new InvalidReviewException("text", "at most " + MAX_LENGTH + " characters");
		}
		return trimmed;
	}

}
