package io.kefu.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kefu.quality.Transcript;
import io.kefu.quality.TranscriptMessage;
import io.kefu.reception.Direction;
import io.kefu.reception.Message;
import io.kefu.shop.Shop;

import org.jspecify.annotations.Nullable;

/**
 * Cuts a buyer's thread into receptions simply, for the benchmark: one per business day
 * and agent. A buyer message goes to the agent whose human message next answers it that
 * day, else to the agent who wrote last before it, else to no one (an unreceived
 * consultation, left out); shop messages go to their agent. Unlike the figures'
 * receptions (DOMAIN.md), a run answered after midnight is not answered within the grace,
 * a message in the grace belongs to the next day only, and no filters (the shop's own
 * accounts, card-only chats) apply.
 */
final class ReceptionSplit {

	private ReceptionSplit() {
	}

	/**
	 * @param orderTimes the buyer's order creations in time order; a reception gets the
	 * first one created from its first message to the end of its validity
	 */
	static List<Transcript> split(List<Message> thread, Shop shop, List<Instant> orderTimes, int validityDays) {
		List<Transcript> receptions = new ArrayList<>();
		int from = 0;
		while (from < thread.size()) {
			LocalDate day = shop.businessDay(thread.get(from).sentAt());
			int to = from;
			while (to < thread.size() && shop.businessDay(thread.get(to).sentAt()).equals(day)) {
				to++;
			}
			byAgent(thread.subList(from, to)).values()
				.forEach(messages -> receptions.add(transcript(messages, shop, orderTimes, day, validityDays)));
			from = to;
		}
		return receptions;
	}

	private static Map<Long, List<Message>> byAgent(List<Message> day) {
		@Nullable Long[] nextAnswer = new Long[day.size()];
		Long next = null;
		for (int i = day.size() - 1; i >= 0; i--) {
			nextAnswer[i] = next;
			if (day.get(i).isHumanAgentMessage() && day.get(i).agentId() != null) {
				next = day.get(i).agentId().value();
			}
		}
		Map<Long, List<Message>> receptions = new LinkedHashMap<>();
		Long last = null;
		for (int i = 0; i < day.size(); i++) {
			Message message = day.get(i);
			Long agent = message.direction() == Direction.OUT && message.agentId() != null ? message.agentId().value()
					: message.direction() == Direction.IN && nextAnswer[i] != null ? nextAnswer[i] : last;
			if (agent != null) {
				receptions.computeIfAbsent(agent, a -> new ArrayList<>()).add(message);
				last = message.direction() == Direction.OUT && message.agentId() != null ? agent : last;
			}
		}
		return receptions;
	}

	private static Transcript transcript(List<Message> messages, Shop shop, List<Instant> orderTimes, LocalDate day,
			int validityDays) {
		List<TranscriptMessage> transcript = new ArrayList<>(messages.size());
		for (Message message : messages) {
			transcript.add(new TranscriptMessage(message.direction(), message.kind(),
					LocalDateTime.ofInstant(message.sentAt(), shop.timeZone()), message.content()));
		}
		Instant first = messages.get(0).sentAt();
		Instant end = shop.startOf(day.plusDays(validityDays));
		LocalDateTime order = null;
		for (Instant created : orderTimes) {
			if (!created.isBefore(first) && created.isBefore(end)) {
				order = LocalDateTime.ofInstant(created, shop.timeZone());
				break;
			}
		}
		return new Transcript(transcript, order);
	}

}
