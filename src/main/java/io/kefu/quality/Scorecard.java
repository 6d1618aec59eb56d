package io.kefu.quality;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import io.kefu.customer.BuyerId;
import io.kefu.reception.ReceptionStep;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * A supervisor's manual scorecard of a reception: each of the eight reception steps of
 * seed 004 marked 0 to 5, or left out when the reception did not come to it, and a
 * comment.
 *
 * @param marks the marked steps, in the steps' order
 * @param reviewerId null once the reviewer's account is gone
 */
public record Scorecard(Map<ReceptionStep, Integer> marks, String comment, @Nullable AgentId reviewerId,
		Instant reviewedAt) {

	public static final int MAX_MARK = 5;

	public static final int MAX_COMMENT = 1_000;

	public Scorecard {
		EnumMap<ReceptionStep, Integer> ordered = new EnumMap<>(ReceptionStep.class);
		ordered.putAll(marks);
		marks = Collections.unmodifiableMap(ordered);
	}

	/**
	 * A scorecard from what a supervisor entered.
	 * @throws InvalidReviewException naming the step ({@code marks.GREETING}) whose mark
	 * is not 0 to 5, or {@code comment} when it is too long
	 */
	public static Scorecard of(Map<ReceptionStep, Integer> marks, @Nullable String comment, AgentId reviewerId,
			Instant reviewedAt) {
		for (Map.Entry<ReceptionStep, Integer> mark : marks.entrySet()) {
			if (mark.getValue() == null || mark.getValue() < 0 || mark.getValue() > MAX_MARK) {
				throw new InvalidReviewException("marks." + mark.getKey().name(), "a mark is 0 to " + MAX_MARK);
			}
		}
		String text = comment == null ? "" : comment.strip();
		if (text.length() > MAX_COMMENT) {
			throw new InvalidReviewException("comment", "at most " + MAX_COMMENT + " characters");
		}
		return new Scorecard(marks, text, reviewerId, reviewedAt);
	}

	public @Nullable Integer mark(ReceptionStep step) {
		return marks.get(step);
	}

	/** The marks added up. */
	public int total() {
		return marks.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** The most the marked steps could have added up to. */
	public int possible() {
		return MAX_MARK * marks.size();
	}

}
