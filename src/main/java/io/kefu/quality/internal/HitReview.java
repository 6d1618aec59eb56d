package io.kefu.quality.internal;

import java.time.Instant;

import io.kefu.quality.HitStatus;
import io.kefu.quality.InvalidReviewException;
import io.kefu.quality.Reviews;
import io.kefu.quality.Settlement;

import org.jspecify.annotations.Nullable;

/**
 * What review made of one hit, with its transitions: a standing hit is marked wrong (and
 * back) by a supervisor, or disputed once by its agent and then upheld or overturned. A
 * standing hit that was never disputed has no stored review.
 */
final class HitReview {

	private HitStatus status;

	private @Nullable String reason;

	private @Nullable Instant disputedAt;

	private @Nullable Long decidedBy;

	private @Nullable Instant decidedAt;

	HitReview(HitStatus status, @Nullable String reason, @Nullable Instant disputedAt, @Nullable Long decidedBy,
			@Nullable Instant decidedAt) {
		this.status = status;
		this.reason = reason;
		this.disputedAt = disputedAt;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	static HitReview standing() {
		return new HitReview(HitStatus.STANDING, null, null, null, null);
	}

	void markWrong(long supervisorId, Instant at) {
		require(HitStatus.STANDING, "marked wrong");
		status = HitStatus.WRONG;
		decidedBy = supervisorId;
		decidedAt = at;
	}

	void undoWrong() {
		require(HitStatus.WRONG, "taken back from wrong");
		status = HitStatus.STANDING;
		decidedBy = null;
		decidedAt = null;
	}

	void dispute(@Nullable String why, Instant at) {
		if (disputedAt != null) {
			throw new IllegalStateException("The hit was disputed once already, on " + disputedAt);
		}
		String checked = checkedReason(why);
		require(HitStatus.STANDING, "disputed");
		status = HitStatus.DISPUTED;
		reason = checked;
		disputedAt = at;
	}

	void settle(Settlement settlement, long supervisorId, Instant at) {
		require(HitStatus.DISPUTED, "settled");
		status = settlement == Settlement.UPHOLD ? HitStatus.UPHELD : HitStatus.OVERTURNED;
		decidedBy = supervisorId;
		decidedAt = at;
	}

	/** Whether there is nothing to keep: standing and never disputed. */
	boolean isUntouched() {
		return status == HitStatus.STANDING && disputedAt == null;
	}

	HitStatus status() {
		return status;
	}

	@Nullable String reason() {
		return reason;
	}

	@Nullable Instant disputedAt() {
		return disputedAt;
	}

	@Nullable Long decidedBy() {
		return decidedBy;
	}

	@Nullable Instant decidedAt() {
		return decidedAt;
	}

	private void require(HitStatus expected, String what) {
		if (status != expected) {
			throw new IllegalStateException("Only a " + expected + " hit is " + what + "; this one is " + status);
		}
	}

	private static String checkedReason(@Nullable String why) {
		if (why == null || why.isBlank()) {
			throw new InvalidReviewException("reason", "a dispute says why the hit is wrong");
		}
		String trimmed = why.strip();
		if (trimmed.length() > Reviews.MAX_REASON) {
			throw new InvalidReviewException("reason", "at most " + Reviews.MAX_REASON + " characters");
		}
		return trimmed;
	}

}
