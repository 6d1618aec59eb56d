package io.kefu.order;

import java.time.Instant;

import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * A seller's note on an order, in the house form {@code 客服名 客户要求/承诺 日期}, with the flag
 * set with it.
 */
public record Remark(@Nullable AgentId agentId, String text, @Nullable Flag flag, Instant createdAt) {

	public Remark {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A remark has text");
		}
	}
}
