package io.kefu.demo.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;

/**
 * One buyer's conversation as it is written, with its clock: buyers type for a while
 * between their messages, agents answer after their own reply time and add follow-up
 * lines a few seconds apart.
 */
final class Transcript {

	private final String nick;

	private final RandomGenerator random;

	private final ZoneId zone;

	private final List<PlannedMessage> messages = new ArrayList<>();

	private Instant now;

	private boolean buyerWaiting;

	Transcript(String nick, Instant start, ZoneId zone, RandomGenerator random) {
		this.nick = nick;
		this.now = start;
		this.zone = zone;
		this.random = random;
	}

	String nick() {
		return nick;
	}

	ZoneId zone() {
		return zone;
	}

	Instant now() {
		return now;
	}

	List<PlannedMessage> messages() {
		return List.copyOf(messages);
	}

	void pause(long seconds) {
		now = now.plusSeconds(seconds);
	}

	void buyer(String text) {
		buyer(MessageKind.TEXT, text);
	}

	/** The buyer writes: right away when starting, after reading and typing otherwise. */
	void buyer(MessageKind kind, String text) {
		if (!messages.isEmpty()) {
			pause(buyerWaiting ? random.nextInt(4, 25) : random.nextInt(10, 70));
		}
		add(Direction.IN, kind, null, text);
		buyerWaiting = true;
	}

	/**
	 * The shop's auto-reply from the agent's sub-account, a second after the buyer's
	 * message.
	 */
	void autoReply(Responder agent, String text) {
		pause(1);
		add(Direction.OUT, MessageKind.AUTO_REPLY, agent.id(), text);
	}

	void agent(Responder agent, String text) {
		agent(agent, MessageKind.TEXT, text);
	}

	/**
	 * An agent's message: after their reply time when the buyer is waiting, after typing
	 * otherwise.
	 */
	void agent(Responder agent, MessageKind kind, String text) {
		if (buyerWaiting) {
			pause(agent.replySeconds(random, now.atZone(zone).getHour()));
		}
		else {
			pause(random.nextInt(4, 20));
		}
		add(Direction.OUT, kind, agent.id(), text);
		buyerWaiting = false;
	}

	/** A system line such as a transfer; it answers nobody. */
	void system(Responder agent, String text) {
		pause(random.nextInt(2, 10));
		add(Direction.OUT, MessageKind.SYSTEM, agent.id(), text);
	}

	private void add(Direction direction, MessageKind kind, Long agentId, String text) {
		messages.add(new PlannedMessage(nick, direction, kind, agentId, now, text));
	}

}
