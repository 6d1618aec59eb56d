package io.kefu.reception;

import java.time.Instant;
import java.util.List;

import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;

/**
 * The supervisor's live view of a shop's reception: every agent with a skill group, the
 * queue in arrival order and the longest wait in it.
 */
public record LiveFloor(long shopId, Instant at, List<AgentSeat> agents, List<Queued> queue,
		@Nullable Long longestWaitSeconds) {

	public LiveFloor {
		agents = List.copyOf(agents);
		queue = List.copyOf(queue);
	}

	/**
	 * A buyer waiting for an agent; {@code position} counts within the skill group;
	 * {@code buying}: the buyer is buying and is served first (seed 000 优先回复购买商品买家).
	 */
	public record Queued(long conversationId, long buyerId, String buyerNick, SkillGroup skillGroup, Instant queuedAt,
			int position, long waitingSeconds, boolean buying) {
	}

}
