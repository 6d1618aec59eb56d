package io.kefu.reception.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import io.kefu.access.Caller;
import io.kefu.reception.AgentSeat;
import io.kefu.reception.Conversation;
import io.kefu.reception.ConversationStatus;
import io.kefu.reception.Presence;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;

import org.springframework.stereotype.Component;

/**
 * Agents set themselves online, busy, away or offline. Away hands their unanswered buyers
 * back to the queue at their old places; offline (signing out) hands back every open
 * conversation, since nobody would answer them; then the queue is worked. Kefu itself
 * sets an agent away who is no longer seen ({@link AbsenceWatch}), and gives them back
 * their presence when they are seen again.
 */
@Component
class PresenceDesk {

	private final Staff staff;

	private final Floor floor;

	private final Conversations conversations;

	private final Dispatcher dispatcher;

	private final ChatLines lines;

	private final ChatBroadcast broadcast;

	private final PresenceChanges history;

	private final Clock clock;

	PresenceDesk(Staff staff, Floor floor, Conversations conversations, Dispatcher dispatcher, ChatLines lines,
			ChatBroadcast broadcast, PresenceChanges history, Clock clock) {
		this.staff = staff;
		this.floor = floor;
		this.history = history;
		this.conversations = conversations;
		this.dispatcher = dispatcher;
		this.lines = lines;
		this.broadcast = broadcast;
		this.clock = clock;
	}

	AgentSeat seat(Caller caller) {
		Agent agent = agentOf(caller.agentId());
		return seatOf(agent, dispatcher.chart(agent.shopId().value(), clock.instant()));
	}

	/** Must run in a transaction. */
	AgentSeat change(Caller caller, Presence presence) {
		Agent agent = agentOf(caller.agentId());
		long id = caller.agentId();
		return settle(agent, HandBack.on(presence), () -> {
			floor.setPresence(id, agent.shopId().value(), presence, clock.instant());
			return true;
		}).orElseThrow();
	}

	/**
	 * Kefu sets an agent nobody has seen since {@code cutoff} away (presence follows the
	 * connection), handing back every open conversation as signing out does: nobody is
	 * there to answer them. Nothing happens if they were seen or changed their presence
	 * meanwhile. Must run in a transaction.
	 */
	void stepAwayIfUnseen(long agentId, Instant cutoff) {
		settle(agentOf(agentId), HandBack.ALL, () -> floor.stepAwayIfUnseen(agentId, cutoff, clock.instant()));
	}

	/**
	 * An agent Kefu set away who has been seen again gets back the presence they had
	 * chosen; coming back online works the queue. Must run in a transaction.
	 */
	void comeBackIfSeen(long agentId) {
		settle(agentOf(agentId), HandBack.NONE, () -> floor.comeBackIfSeen(agentId, clock.instant()).isPresent());
	}

	/**
	 * Locks the shops concerned, changes the presence if {@code changed} says it did,
	 * records the change in the history, hands back what the rule says and works each
	 * shop's queue.
	 * @return the agent's seat, if the presence changed
	 */
	private Optional<AgentSeat> settle(Agent agent, HandBack rule, BooleanSupplier changed) {
		long id = agent.id().value();
		long home = agent.shopId().value();
		Instant now = clock.instant();
		// shops locked in ascending order, the home shop among them, so that two agents
		// signing out never wait on each other's locks in a circle; read again once
		// locked, since routing may have given the agent a buyer meanwhile
		TreeMap<Long, List<Conversation>> byShop = new TreeMap<>(handedBack(id, rule));
		byShop.putIfAbsent(home, List.of());
		byShop.keySet().forEach(dispatcher::lockShop);
		Presence before = floor.presenceOf(id).presence();
		if (!changed.getAsBoolean()) {
			return Optional.empty();
		}
		record(id, home, before, now);
		Map<Long, List<Conversation>> locked = handedBack(id, rule);
		for (long shop : byShop.keySet()) {
			SeatChart.Chart chart = dispatcher.chart(shop, now);
			for (Conversation seen : locked.getOrDefault(shop, List.of())) {
				Conversation conversation = conversations.lock(seen.id());
				if (conversation.isAssignedTo(id)) {
					conversations.update(conversation.requeue());
					lines.system(conversation, SystemLines.REQUEUED, now);
					dispatcher.announce(conversation.id(), id, chart);
				}
			}
			dispatcher.drain(shop, now);
		}
		AgentSeat seat = seatOf(agent, dispatcher.chart(home, now));
		broadcast.presence(seat);
		return Optional.of(seat);
	}

	/**
	 * Every way presence changes passes here, so the history misses none; choosing the
	 * presence one already has is no change. The home shop's lock, held since before
	 * {@code before} was read, keeps two changes of the agent from interleaving.
	 */
	private void record(long agentId, long home, Presence before, Instant now) {
		Floor.Stance after = floor.presenceOf(agentId);
		if (after.presence() != before) {
			history.append(agentId, home, after.presence(), after.since() == null ? now : after.since());
		}
	}

	/** Which of the agent's conversations go back to the queue. */
	private Map<Long, List<Conversation>> handedBack(long agentId, HandBack rule) {
		if (rule == HandBack.NONE) {
			return Map.of();
		}
		return conversations.openOf(agentId)
			.stream()
			.filter(c -> rule == HandBack.ALL || c.status() == ConversationStatus.WAITING)
			.collect(Collectors.groupingBy(Conversation::shopId));
	}

	/**
	 * What a change of presence hands back to the queue: going away by choice keeps the
	 * answered conversations; signing out, or being set away unseen, hands back all.
	 */
	enum HandBack {

		NONE, UNANSWERED, ALL;

		static HandBack on(Presence presence) {
			return switch (presence) {
				case ONLINE, BUSY -> NONE;
				case AWAY -> UNANSWERED;
				case OFFLINE -> ALL;
			};
		}

	}

	/** The agent's seat; an agent without a skill group has one too, for the view. */
	private AgentSeat seatOf(Agent agent, SeatChart.Chart chart) {
		long id = agent.id().value();
		return chart.view(id).orElseGet(() -> {
			Floor.Stance stance = floor.presenceOf(id);
			int load = conversations.openOf(id).size();
			return new AgentSeat(id, agent.shopId().value(), agent.displayName(), agent.skillGroup(), stance.presence(),
					stance.since(), load, chart.settings().capOf(id), 0, null, false, null);
		});
	}

	private Agent agentOf(long agentId) {
		Agent agent = staff.find(AgentId.of(agentId))
			.orElseThrow(() -> new IllegalStateException("There is no agent " + agentId));
		if (agent.shopId() == null) {
			throw new IllegalStateException(agent.displayName() + " belongs to no shop and has no seat at a desk");
		}
		return agent;
	}

}
