package io.kefu.reception.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.kefu.access.Caller;
import io.kefu.reception.AgentSeat;
import io.kefu.reception.Conversation;
import io.kefu.reception.ConversationStatus;
import io.kefu.reception.Presence;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Agents set themselves online, busy, away or offline. Away hands their unanswered buyers
 * back to the queue at their old places; offline (signing out) hands back every open
 * conversation, since nobody would answer them; then the queue is worked.
 */
@Component
class PresenceDesk {

	private final Staff staff;

	private final Floor floor;

	private final Conversations conversations;

	private final Dispatcher dispatcher;

	private final ChatLines lines;

	private final ChatBroadcast broadcast;

	private final Clock clock;

	@Autowired
	PresenceDesk(Staff staff, Floor floor, Conversations conversations, Dispatcher dispatcher, ChatLines lines,
			ChatBroadcast broadcast) {
		this(staff, floor, conversations, dispatcher, lines, broadcast, Clock.systemUTC());
	}

	PresenceDesk(Staff staff, Floor floor, Conversations conversations, Dispatcher dispatcher, ChatLines lines,
			ChatBroadcast broadcast, Clock clock) {
		this.staff = staff;
		this.floor = floor;
		this.conversations = conversations;
		this.dispatcher = dispatcher;
		this.lines = lines;
		this.broadcast = broadcast;
		this.clock = clock;
	}

	AgentSeat seat(Caller caller) {
		Agent agent = agentOf(caller);
		return seatOf(agent, dispatcher.chart(agent.shopId(), clock.instant()));
	}

	/** Must run in a transaction. */
	AgentSeat change(Caller caller, Presence presence) {
		Agent agent = agentOf(caller);
		long home = agent.shopId();
		Instant now = clock.instant();
		// shops locked in ascending order, the home shop among them, so that two agents
		// signing out never wait on each other's locks in a circle; read again once
		// locked, since routing may have given the agent a buyer meanwhile
		TreeMap<Long, List<Conversation>> byShop = new TreeMap<>(handedBack(caller.agentId(), presence));
		byShop.putIfAbsent(home, List.of());
		byShop.keySet().forEach(dispatcher::lockShop);
		if (floor.presenceOf(caller.agentId()).presence() != presence) {
			floor.setPresence(caller.agentId(), home, presence, now);
		}
		Map<Long, List<Conversation>> locked = handedBack(caller.agentId(), presence);
		for (long shop : byShop.keySet()) {
			SeatChart.Chart chart = dispatcher.chart(shop, now);
			for (Conversation seen : locked.getOrDefault(shop, List.of())) {
				Conversation conversation = conversations.lock(seen.id());
				if (conversation.isAssignedTo(caller.agentId())) {
					conversations.update(conversation.requeue());
					lines.system(conversation, SystemLines.REQUEUED, now);
					dispatcher.announce(conversation.id(), caller.agentId(), chart);
				}
			}
			dispatcher.drain(shop, now);
		}
		AgentSeat seat = seatOf(agent, dispatcher.chart(home, now));
		broadcast.presence(seat);
		return seat;
	}

	/** Which of the agent's conversations go back to the queue. */
	private Map<Long, List<Conversation>> handedBack(long agentId, Presence presence) {
		if (presence != Presence.AWAY && presence != Presence.OFFLINE) {
			return Map.of();
		}
		return conversations.openOf(agentId)
			.stream()
			.filter(c -> presence == Presence.OFFLINE || c.status() == ConversationStatus.WAITING)
			.collect(Collectors.groupingBy(Conversation::shopId));
	}

	/** The agent's seat; an agent without a skill group has one too, for the view. */
	private AgentSeat seatOf(Agent agent, SeatChart.Chart chart) {
		long id = agent.id().value();
		return chart.view(id).orElseGet(() -> {
			Floor.Stance stance = floor.presenceOf(id);
			int load = conversations.openOf(id).size();
			return new AgentSeat(id, agent.shopId(), agent.displayName(), agent.skillGroup(), stance.presence(),
					stance.since(), load, chart.settings().capOf(id), 0, null);
		});
	}

	private Agent agentOf(Caller caller) {
		Agent agent = staff.find(AgentId.of(caller.agentId()))
			.orElseThrow(() -> new IllegalStateException("There is no agent " + caller.agentId()));
		if (agent.shopId() == null) {
			throw new IllegalStateException(agent.displayName() + " belongs to no shop and has no seat at a desk");
		}
		return agent;
	}

}
