package io.kefu.reception.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kefu.reception.Conversation;
import io.kefu.reception.ConversationState;
import io.kefu.staff.Agent;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Gives waiting buyers to agents: works the shop's queue through the {@link Router} with
 * the desk as the database has it, assigns, greets a buyer on their first assignment and
 * tells everyone concerned. Every method runs inside a transaction that holds the shop's
 * lock ({@link Floor#lockShop}), taken before any conversation row, so that two nodes
 * never route the same shop at once and locks are always taken in the same order.
 */
@Component
class Dispatcher {

	private final SeatChart seats;

	private final Conversations conversations;

	private final ChatLines lines;

	private final Floor floor;

	private final ChatBroadcast broadcast;

	private final BuyingBuyers buying;

	Dispatcher(SeatChart seats, Conversations conversations, ChatLines lines, Floor floor, ChatBroadcast broadcast,
			BuyingBuyers buying) {
		this.buying = buying;
		this.seats = seats;
		this.conversations = conversations;
		this.lines = lines;
		this.floor = floor;
		this.broadcast = broadcast;
	}

	void lockShop(long shopId) {
		floor.lockShop(shopId);
	}

	/**
	 * Works the shop's queue in {@link ServiceOrder}. Assigned buyers are greeted on
	 * their first assignment; waiting buyers hear their new position.
	 * @return the desk as read, and why each buyer still waits, by conversation id
	 */
	Drained drain(long shopId, Instant now) {
		SeatChart.Chart chart = seats.of(shopId, now);
		Map<Long, Conversation> queued = new HashMap<>();
		conversations.queue(shopId).forEach(c -> queued.put(c.id(), c));
		Set<Long> buyingNow = buying.among(shopId, queued.values());
		List<QueuedBuyer> queue = queued.values()
			.stream()
			.map(c -> new QueuedBuyer(c.id(), c.buyerId(), c.skillGroup(), c.lastAgentId(), c.queuedAt(),
					buyingNow.contains(c.id())))
			.toList();
		Router.Drain drain = chart.router().drain(queue, chart.seats());
		for (Router.Assigned assigned : drain.assigned()) {
			assign(conversations.lock(assigned.buyer().conversationId()), assigned.agentId(), Floor.How.ROUTED, chart);
		}
		Map<Long, Router.Waiting> waiting = new HashMap<>();
		for (Router.Waiting wait : drain.waiting()) {
			waiting.put(wait.buyer().conversationId(), wait);
			broadcast.state(waitingState(queued.get(wait.buyer().conversationId()), wait), null);
		}
		return new Drained(chart, waiting);
	}

	/**
	 * Gives the conversation (locked by the caller) to the agent and greets the buyer
	 * with the welcome auto-reply if this is their first agent.
	 */
	Conversation assign(Conversation conversation, long agentId, Floor.How how, SeatChart.Chart chart) {
		Conversation assigned = conversation.assignTo(agentId, chart.now());
		conversations.update(assigned);
		floor.recordAssignment(assigned.shopId(), assigned.id(), assigned.buyerId(), agentId, how, chart.now());
		String name = chart.agent(agentId).map(Agent::displayName).orElse(null);
		int lastSeq = assigned.lastSeq();
		if (!conversation.wasEverAssigned()) {
			lastSeq = lines.autoReply(assigned, agentId, name, chart.settings().welcomeText(), chart.now()).seq();
		}
		broadcast.state(state(assigned, name, null, false, lastSeq), conversation.agentId());
		return assigned;
	}

	/**
	 * Ends the conversation (locked by the caller) with a line to the buyer; its agent
	 * has a slot free, so the queue is worked.
	 */
	Conversation close(Conversation conversation, String line, Instant now) {
		lines.system(conversation, line, now);
		Conversation closed = conversation.close(now);
		conversations.update(closed);
		announce(closed.id(), null, drain(closed.shopId(), now).chart());
		return conversations.find(closed.id()).orElseThrow();
	}

	/**
	 * Tells everyone concerned how a conversation stands now that it left its agent, or
	 * closed, or changed its group.
	 */
	void announce(long conversationId, @Nullable Long previousAgentId, SeatChart.Chart chart) {
		Conversation now = conversations.find(conversationId).orElseThrow();
		String name = now.agentId() == null ? null : chart.agent(now.agentId()).map(Agent::displayName).orElse(null);
		broadcast.state(state(now, name, null, false, now.lastSeq()), previousAgentId);
	}

	/**
	 * The conversation as its buyer sees it; for a queued one this reads the desk and the
	 * queue.
	 */
	ConversationState stateOf(Conversation conversation, Map<Long, String> agentNames, Instant now) {
		if (!conversation.isQueued()) {
			Long agent = conversation.agentId();
			return state(conversation, agent == null ? null : agentNames.get(agent), null, false,
					conversation.lastSeq());
		}
		SeatChart.Chart chart = seats.of(conversation.shopId(), now);
		int position = 0;
		List<Conversation> queue = conversations.queue(conversation.shopId());
		for (Conversation queued : ServiceOrder.of(queue, buying.among(conversation.shopId(), queue))) {
			if (queued.skillGroup() == conversation.skillGroup()) {
				position++;
			}
			if (queued.id() == conversation.id()) {
				break;
			}
		}
		QueuedBuyer buyer = new QueuedBuyer(conversation.id(), conversation.buyerId(), conversation.skillGroup(), null,
				conversation.queuedAt());
		boolean nobody = chart.router().route(buyer, chart.seats()) instanceof Router.Decision.Wait wait
				&& wait.reason() == Router.WaitReason.NOBODY_AT_DESK;
		return state(conversation, null, position, nobody, conversation.lastSeq());
	}

	SeatChart.Chart chart(long shopId, Instant now) {
		return seats.of(shopId, now);
	}

	private static ConversationState waitingState(Conversation c, Router.Waiting wait) {
		return state(c, null, wait.position(), wait.reason() == Router.WaitReason.NOBODY_AT_DESK, c.lastSeq());
	}

	private static ConversationState state(Conversation c, @Nullable String agentName, @Nullable Integer position,
			boolean nobodyAtDesk, int lastSeq) {
		return new ConversationState(c.id(), c.shopId(), c.buyerId(), c.status(), c.skillGroup(), c.agentId(),
				agentName, position, nobodyAtDesk, lastSeq);
	}

	/** What a drain found and left. */
	record Drained(SeatChart.Chart chart, Map<Long, Router.Waiting> waiting) {

	}

}
