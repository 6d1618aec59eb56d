package io.kefu.reception;

import java.time.Instant;
import java.util.List;

import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;

/**
 * The supervisor's live view of a shop's reception: every agent with a skill group, the
 * queue in arrival order, and the buyers waiting for a reply with the longest wait among
 * them (最长等待: in the queue or with an agent, from the buyer's earliest unanswered
 * message; docs/chat.md).
 *
 * @param longestWaitSeconds the longest wait for a reply; null when nobody waits
 * @param waitingBuyers the buyers of open conversations waiting for a reply
 */
public record LiveFloor(long shopId, Instant at, List<AgentSeat> agents, List<Queued> queue,
		@Nullable Long longestWaitSeconds, int waitingBuyers) {

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
