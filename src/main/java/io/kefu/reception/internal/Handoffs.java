package io.kefu.reception.internal;

import java.time.Clock;
import java.time.Instant;

import io.kefu.access.Caller;
import io.kefu.reception.Apprentices;
import io.kefu.reception.Conversation;
import io.kefu.reception.ConversationNotFoundException;
import io.kefu.reception.InvalidChatInputException;
import io.kefu.reception.Presence;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A conversation changes hands: transferred with a handover note (交接), closed, taken from
 * the queue, or taken over by a supervisor or by the mentor of the agent in training who
 * has it. Each runs in the caller's transaction, takes the shop's routing lock before the
 * conversation's row, and works the queue afterwards because a slot may have come free.
 */
@Component
class Handoffs {

	static final String TAKE_OVER_NOTE = "主管接管";

	static final String MENTOR_TAKE_OVER_NOTE = "带教接管";

	private final Conversations conversations;

	private final Dispatcher dispatcher;

	private final ChatLines lines;

	private final Handovers handovers;

	private final Apprentices apprentices;

	private final Clock clock;

	Handoffs(Conversations conversations, Dispatcher dispatcher, ChatLines lines, Handovers handovers,
			Apprentices apprentices, Clock clock) {
		this.conversations = conversations;
		this.dispatcher = dispatcher;
		this.lines = lines;
		this.handovers = handovers;
		this.apprentices = apprentices;
		this.clock = clock;
	}

	/** To an agent who is online and below their cap, or to a skill group's queue. */
	Conversation transfer(Caller caller, long id, @Nullable Long toAgent, @Nullable SkillGroup toGroup,
			@Nullable String note) {
		if ((toAgent == null) == (toGroup == null)) {
			throw new InvalidChatInputException("toAgentId", "or toSkillGroup: give exactly one of them");
		}
		String text = ChatText.note(note);
		Conversation conversation = lock(caller, id);
		ChatAccess.requireAgentOrSupervisor(caller, conversation);
		Instant now = clock.instant();
		SeatChart.Chart chart = dispatcher.chart(conversation.shopId(), now);
		Long from = conversation.agentId();
		if (toAgent != null) {
			String name = requireAvailable(chart, conversation, toAgent);
			handovers.add(id, from, toAgent, null, text, now);
			Conversation moved = dispatcher.assign(conversation, toAgent, Floor.How.TRANSFERRED, chart);
			lines.system(moved, SystemLines.transferredTo(name), now);
		}
		else {
			handovers.add(id, from, null, toGroup, text, now);
			Conversation moved = conversation.transferToGroup(toGroup, now);
			conversations.update(moved);
			lines.system(moved, SystemLines.transferredTo(toGroup), now);
			dispatcher.announce(id, from, chart);
		}
		dispatcher.drain(conversation.shopId(), now);
		return conversations.find(id).orElseThrow();
	}

	Conversation close(Caller caller, long id) {
		Conversation conversation = lock(caller, id);
		ChatAccess.requireAgentOrSupervisor(caller, conversation);
		if (!conversation.isOpen()) {
			throw new IllegalStateException("Conversation " + id + " is already CLOSED");
		}
		return dispatcher.close(conversation, SystemLines.CLOSED, clock.instant());
	}

	Conversation accept(Caller caller, long id) {
		Conversation conversation = lock(caller, id);
		ChatAccess.requireDesk(caller, conversation);
		if (!conversation.isQueued()) {
			throw new IllegalStateException("Conversation " + id + " is no longer in the queue");
		}
		Instant now = clock.instant();
		dispatcher.assign(conversation, caller.agentId(), Floor.How.ACCEPTED,
				dispatcher.chart(conversation.shopId(), now));
		dispatcher.drain(conversation.shopId(), now);
		return conversations.find(id).orElseThrow();
	}

	Conversation takeOver(Caller caller, long id, @Nullable String note) {
		Conversation conversation = lock(caller, id);
		ChatAccess.requireSupervisorOrMentor(caller, conversation, apprentices.menteesOf(AgentId.of(caller.agentId())));
		if (!conversation.isOpen() || conversation.isAssignedTo(caller.agentId())) {
			throw new IllegalStateException("Conversation " + id + " is " + conversation.status()
					+ (conversation.isOpen() ? " and already yours" : ""));
		}
		String text = note == null || note.isBlank() ? (caller.supervises() ? TAKE_OVER_NOTE : MENTOR_TAKE_OVER_NOTE)
				: ChatText.note(note);
		Instant now = clock.instant();
		handovers.add(id, conversation.agentId(), caller.agentId(), null, text, now);
		dispatcher.assign(conversation, caller.agentId(), Floor.How.TAKEN_OVER,
				dispatcher.chart(conversation.shopId(), now));
		dispatcher.drain(conversation.shopId(), now);
		return conversations.find(id).orElseThrow();
	}

	/** The shop's routing lock first, then the conversation's row. */
	private Conversation lock(Caller caller, long id) {
		Conversation seen = conversations.find(id)
			.filter(c -> caller.worksIn(c.shopId()))
			.orElseThrow(() -> new ConversationNotFoundException(id));
		dispatcher.lockShop(seen.shopId());
		return conversations.lock(id);
	}

	private static String requireAvailable(SeatChart.Chart chart, Conversation conversation, long agentId) {
		Seat seat = chart.seats()
			.stream()
			.filter(s -> s.agentId() == agentId)
			.findFirst()
			.orElseThrow(() -> new InvalidChatInputException("toAgentId",
					"names no agent of the shop with a skill group: " + agentId));
		String name = chart.agent(agentId).map(Agent::displayName).orElse(Long.toString(agentId));
		if (conversation.isAssignedTo(agentId)) {
			throw new IllegalStateException("Conversation " + conversation.id() + " is already with " + name);
		}
		if (seat.presence() != Presence.ONLINE) {
			throw new IllegalStateException(name + " is " + seat.presence() + ", not ONLINE, and takes no buyers");
		}
		if (seat.load() >= seat.cap()) {
			throw new IllegalStateException(name + " already holds " + seat.load() + " of " + seat.cap() + " buyers");
		}
		return name;
	}

}
