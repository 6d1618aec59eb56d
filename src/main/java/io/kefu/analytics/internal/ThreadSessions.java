package io.kefu.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kefu.reception.Direction;
import io.kefu.reception.MessageHeader;
import io.kefu.reception.MessageKind;
import io.kefu.shop.Shop;

import org.jspecify.annotations.Nullable;

/**
 * Cuts one buyer's thread into question runs, finds who answered or owns each run, and
 * gathers the runs into receptions (DOMAIN.md, "Threads, question runs and receptions").
 * SYSTEM messages take part in nothing.
 */
final class ThreadSessions {

	private final Shop shop;

	private final Duration grace;

	ThreadSessions(Shop shop, Duration grace) {
		this.shop = shop;
		this.grace = grace;
	}

	/**
	 * @param thread one buyer's messages ordered by time, then arrival
	 */
	ThreadFacts of(List<MessageHeader> thread) {
		List<Sent> messages = new ArrayList<>(thread.size());
		for (MessageHeader header : thread) {
			if (header.kind() != MessageKind.SYSTEM) {
				messages.add(new Sent(header, shop.businessDay(header.sentAt())));
			}
		}
		List<QuestionRun> runs = runsOf(messages);
		return new ThreadFacts(receptions(runs, messages), unreceived(runs));
	}

	private List<QuestionRun> runsOf(List<Sent> messages) {
		List<QuestionRun> runs = new ArrayList<>();
		int first = -1;
		for (int i = 0; i < messages.size(); i++) {
			Sent message = messages.get(i);
			if (message.isIn()) {
				if (first >= 0 && !messages.get(first).day().equals(message.day())) {
					runs.add(run(messages, first, lastInBefore(messages, i)));
					first = -1;
				}
				if (first < 0) {
					first = i;
				}
			}
			else if (message.header().isHumanAgentMessage() && first >= 0) {
				runs.add(run(messages, first, lastInBefore(messages, i)));
				first = -1;
			}
		}
		if (first >= 0) {
			runs.add(run(messages, first, lastInBefore(messages, messages.size())));
		}
		return runs;
	}

	/** The last buyer message before an index; auto-replies may sit inside a run. */
	private static int lastInBefore(List<Sent> messages, int index) {
		int last = index - 1;
		while (!messages.get(last).isIn()) {
			last--;
		}
		return last;
	}

	private QuestionRun run(List<Sent> messages, int first, int last) {
		LocalDate day = messages.get(first).day();
		int count = 0;
		boolean allCards = true;
		for (int i = first; i <= last; i++) {
			Sent message = messages.get(i);
			if (message.isIn()) {
				count++;
				allCards &= message.header().kind() == MessageKind.CARD;
			}
		}
		Sent answer = answer(messages, last, day);
		Long owner = answer != null ? answer.outAgent() : null;
		if (owner == null) {
			owner = ownerOfUnanswered(messages, first, last, day);
		}
		MessageHeader firstIn = messages.get(first).header();
		return new QuestionRun(firstIn.buyerId().value(), day, firstIn.id(), firstIn.sentAt(),
				messages.get(last).header().sentAt(), count, allCards, answer == null ? null : answer.header().sentAt(),
				owner);
	}

	/**
	 * The first human agent message after the run's last message, if it was sent before
	 * the end of the run's business day plus the grace.
	 */
	private @Nullable Sent answer(List<Sent> messages, int last, LocalDate day) {
		Instant deadline = endOf(day).plus(grace);
		for (int i = last + 1; i < messages.size(); i++) {
			Sent message = messages.get(i);
			if (message.header().isHumanAgentMessage()) {
				return message.header().sentAt().isBefore(deadline) ? message : null;
			}
		}
		return null;
	}

	/**
	 * The agent of the latest shop message before the run's last message on the same
	 * business day (an auto-reply inside the run counts), else of the first one after the
	 * run on that day. Shop messages without an agent are passed over.
	 */
	private static @Nullable Long ownerOfUnanswered(List<Sent> messages, int first, int last, LocalDate day) {
		for (int i = last - 1; i >= 0 && messages.get(i).day().equals(day); i--) {
			Long agent = messages.get(i).outAgent();
			if (agent != null) {
				return agent;
			}
		}
		for (int i = last + 1; i < messages.size() && messages.get(i).day().equals(day); i++) {
			Long agent = messages.get(i).outAgent();
			if (agent != null) {
				return agent;
			}
		}
		return null;
	}

	private List<Reception> receptions(List<QuestionRun> runs, List<Sent> messages) {
		Map<ReceptionKey, List<QuestionRun>> owned = new LinkedHashMap<>();
		for (QuestionRun run : runs) {
			if (run.owner() != null) {
				owned.computeIfAbsent(new ReceptionKey(run.owner(), run.day()), key -> new ArrayList<>()).add(run);
			}
		}
		List<Reception> receptions = new ArrayList<>(owned.size());
		owned.forEach((key, ownedRuns) -> receptions.add(reception(key, ownedRuns, messages)));
		return receptions;
	}

	private Reception reception(ReceptionKey key, List<QuestionRun> runs, List<Sent> messages) {
		Instant from = shop.startOf(key.day());
		Instant dayEnd = endOf(key.day());
		Instant to = dayEnd.plus(grace);
		List<Instant> humanTimes = new ArrayList<>();
		int inGrace = 0;
		for (Sent message : messages) {
			MessageHeader header = message.header();
			Instant sent = header.sentAt();
			if (header.isHumanAgentMessage() && header.agentId() != null && key.agent() == header.agentId().value()
					&& !sent.isBefore(from) && sent.isBefore(to)) {
				humanTimes.add(sent);
				if (!sent.isBefore(dayEnd)) {
					inGrace++;
				}
			}
		}
		return new Reception(key.agent(), runs.get(0).buyerId(), key.day(), runs, humanTimes, inGrace, false);
	}

	private static List<UnreceivedDay> unreceived(List<QuestionRun> runs) {
		Map<LocalDate, List<QuestionRun>> ownerless = new LinkedHashMap<>();
		for (QuestionRun run : runs) {
			if (run.owner() == null) {
				ownerless.computeIfAbsent(run.day(), day -> new ArrayList<>()).add(run);
			}
		}
		List<UnreceivedDay> days = new ArrayList<>();
		ownerless.forEach((day, dayRuns) -> days.add(new UnreceivedDay(dayRuns.get(0).buyerId(), day, dayRuns.size(),
				dayRuns.stream().allMatch(QuestionRun::allCards))));
		return days;
	}

	private Instant endOf(LocalDate day) {
		return shop.startOf(day.plusDays(1));
	}

	private record Sent(MessageHeader header, LocalDate day) {

		boolean isIn() {
			return header.direction() == Direction.IN;
		}

		@Nullable Long outAgent() {
			return header.direction() == Direction.OUT && header.agentId() != null ? header.agentId().value() : null;
		}

	}

	private record ReceptionKey(long agent, LocalDate day) {
	}

	/** What one thread gives: its receptions and the days a buyer went unreceived. */
	record ThreadFacts(List<Reception> receptions, List<UnreceivedDay> unreceived) {
	}

}
