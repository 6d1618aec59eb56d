package io.kefu.training;

import java.time.Instant;

import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * The trainer's go-live decision (seed 000: 基本可以判断一个人是否可以上岗) with its reason.
 *
 * @param by the trainer or supervisor; null once their account is gone
 */
public record Decision(Kind kind, String reason, @Nullable AgentId by, Instant at) {

	public static final int MAX_REASON = 500;

	public Decision {
		reason = reason.strip();
		if (reason.isEmpty() || reason.length() > MAX_REASON) {
			throw new IllegalArgumentException("reason: say why, in at most " + MAX_REASON + " characters");
		}
	}

	public enum Kind {

		/** 上岗: the trainee receives buyers alone from now on. */
		CERTIFY,
		/** Not yet: the plan gets another day of supervised reception and review. */
		EXTEND,
		/** The training ends without going live. */
		NOT_SUITABLE

	}

}
