package io.kefu.analytics.internal;

import java.time.Instant;
import java.time.LocalDate;

import io.kefu.analytics.JudgeRule;

import org.jspecify.annotations.Nullable;

/**
 * To whom an order is credited under one judge rule: the agent and the reception that
 * won, and the moment judged; all null for a silent order (静默).
 */
record Credit(long orderId, JudgeRule rule, @Nullable Long agent, @Nullable LocalDate receptionDay,
		@Nullable Instant judgedAt) {

	static Credit silent(long orderId, JudgeRule rule) {
		return new Credit(orderId, rule, null, null, null);
	}

	boolean isSilent() {
		return agent == null;
	}

}
