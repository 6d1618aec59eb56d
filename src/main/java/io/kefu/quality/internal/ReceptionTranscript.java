package io.kefu.quality.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.kefu.analytics.StoredReception;
import io.kefu.quality.Transcript;
import io.kefu.quality.TranscriptMessage;
import io.kefu.reception.Direction;
import io.kefu.reception.Message;
import io.kefu.shop.Shop;

import org.jspecify.annotations.Nullable;

/**
 * The transcript of a stored reception, cut from its buyer's thread: the buyer messages
 * of its question runs and its agent's human messages counted for it, from the start of
 * its business day to the end of the grace; colleagues' messages, auto-replies and system
 * lines are left out, so that only this agent's words are inspected. The runs are the
 * figures' (answered only within the day and its grace), and each message keeps its id
 * for the hits to point at.
 *
 * @param messageIds the stored id of each transcript message, in the same order
 */
record ReceptionTranscript(StoredReception reception, Transcript transcript, long[] messageIds) {

	/**
	 * @param thread the buyer's messages in time order, covering at least the reception's
	 * day and grace
	 * @param orderTimes the buyer's order creations in time order
	 */
	static ReceptionTranscript of(StoredReception reception, List<Message> thread, Shop shop, Duration grace,
			List<Instant> orderTimes, int validityDays) {
		Instant from = shop.startOf(reception.day());
		Instant to = shop.startOf(reception.day().plusDays(1)).plus(grace);
		Set<Instant> humanTimes = new HashSet<>(reception.humanMessageTimes());
		List<Message> kept = new ArrayList<>();
		for (Message message : thread) {
			if (message.sentAt().isBefore(from) || !message.sentAt().isBefore(to)) {
				continue;
			}
			boolean ours = message.direction() == Direction.IN ? inRun(reception, message.sentAt())
					: message.isHumanAgentMessage() && reception.agentId().equals(message.agentId())
							&& humanTimes.contains(message.sentAt());
			if (ours) {
				kept.add(message);
			}
		}
		List<TranscriptMessage> messages = new ArrayList<>(kept.size());
		long[] ids = new long[kept.size()];
		for (int i = 0; i < kept.size(); i++) {
			Message message = kept.get(i);
			messages.add(new TranscriptMessage(message.direction(), message.kind(),
					LocalDateTime.ofInstant(message.sentAt(), shop.timeZone()), message.content()));
			ids[i] = message.id();
		}
		Transcript transcript = new Transcript(messages, order(kept, shop, reception, orderTimes, validityDays),
				runs(reception, kept));
		return new ReceptionTranscript(reception, transcript, ids);
	}

	private static boolean inRun(StoredReception reception, Instant at) {
		for (StoredReception.Run run : reception.runs()) {
			if (!at.isBefore(run.firstAt()) && !at.isAfter(run.lastAt())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Each run by the positions of its first and last buyer messages and of the agent's
	 * first human message at or after its answer's time. A run whose messages cannot be
	 * found (the thread changed since the figures) is left out.
	 */
	private static List<Transcript.Run> runs(StoredReception reception, List<Message> kept) {
		List<Transcript.Run> runs = new ArrayList<>(reception.runs().size());
		for (StoredReception.Run run : reception.runs()) {
			int first = -1;
			int last = -1;
			for (int i = 0; i < kept.size(); i++) {
				Message message = kept.get(i);
				if (message.direction() != Direction.IN || message.sentAt().isBefore(run.firstAt())
						|| message.sentAt().isAfter(run.lastAt())) {
					continue;
				}
				first = first < 0 ? i : first;
				last = i;
			}
			if (first < 0) {
				continue;
			}
			runs.add(new Transcript.Run(first, last, answer(kept, last, run.answeredAt())));
		}
		return runs;
	}

	private static int answer(List<Message> kept, int last, @Nullable Instant answeredAt) {
		if (answeredAt == null) {
			return -1;
		}
		for (int i = last + 1; i < kept.size(); i++) {
			Message message = kept.get(i);
			if (message.direction() == Direction.OUT && !message.sentAt().isBefore(answeredAt)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The buyer's first order created from the reception's first message to the end of
	 * its validity: the one the verification rule asks about.
	 */
	private static @Nullable LocalDateTime order(List<Message> kept, Shop shop, StoredReception reception,
			List<Instant> orderTimes, int validityDays) {
		if (kept.isEmpty()) {
			return null;
		}
		Instant first = kept.get(0).sentAt();
		Instant end = shop.startOf(reception.day().plusDays(validityDays));
		for (Instant created : orderTimes) {
			if (!created.isBefore(first) && created.isBefore(end)) {
				return LocalDateTime.ofInstant(created, shop.timeZone());
			}
		}
		return null;
	}

}
