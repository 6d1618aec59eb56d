package io.kefu.workforce.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kefu.analytics.StoredReception;
import io.kefu.staff.AgentId;

/**
 * What a shop's past days say about each half hour of the clock (docs/workforce.md):
 * <ul>
 * <li>arrivals: receptions whose first buyer message falls in the half hour, averaged
 * over the days that have any reception (a day without one is a day the shop has no
 * history for, not a quiet day);</li>
 * <li>handling time: the mean, over those receptions, of the time the conversation was
 * active — its buyer and agent messages from the first buyer message on, split where
 * nothing was said for {@link #IDLE} (a buyer who comes back after lunch starts a new
 * stretch, not three hours of handling), the stretches' lengths added up;</li>
 * <li>concurrency: the chat time agents spent in the half hour divided by the time they
 * had at least one chat open in it — how many chats a busy agent held at once.</li>
 * </ul>
 */
final class HalfHourHistory {

	static final int HALF_HOURS = 48;

	static final int SECONDS = 1800;

	/** A silence this long ends a stretch of conversation. */
	static final Duration IDLE = Duration.ofMinutes(10);

	private HalfHourHistory() {
	}

	/**
	 * One half hour's figures.
	 *
	 * @param arrivals mean new receptions a day
	 * @param handlingSeconds mean handling time of those receptions, 0 without any
	 * @param concurrency mean chats held at once while busy, 1 without any
	 */
	record Slot(double arrivals, double handlingSeconds, double concurrency) {
	}

	/**
	 * The half hours of the clock from the receptions of the given past days, their
	 * arrivals multiplied by {@code uplift}.
	 */
	static List<Slot> of(Collection<List<StoredReception>> days, ZoneId zone, double uplift) {
		int[] arrivals = new int[HALF_HOURS];
		double[] handling = new double[HALF_HOURS];
		double[] chatSeconds = new double[HALF_HOURS];
		double[] busySeconds = new double[HALF_HOURS];
		int daysWithHistory = 0;
		for (List<StoredReception> day : days) {
			if (day.isEmpty()) {
				continue;
			}
			daysWithHistory++;
			Map<AgentId, List<Stretch>> byAgent = new HashMap<>();
			for (StoredReception reception : day) {
				List<Stretch> stretches = stretches(reception);
				if (stretches.isEmpty()) {
					continue;
				}
				int slot = slotOf(stretches.get(0).from(), zone);
				arrivals[slot]++;
				handling[slot] += stretches.stream().mapToDouble(Stretch::seconds).sum();
				byAgent.computeIfAbsent(reception.agentId(), agent -> new ArrayList<>()).addAll(stretches);
			}
			for (List<Stretch> held : byAgent.values()) {
				held.forEach(stretch -> spread(stretch, zone, chatSeconds));
				merged(held).forEach(stretch -> spread(stretch, zone, busySeconds));
			}
		}
		List<Slot> slots = new ArrayList<>(HALF_HOURS);
		for (int i = 0; i < HALF_HOURS; i++) {
			double mean = daysWithHistory == 0 ? 0 : (double) arrivals[i] / daysWithHistory;
			slots.add(new Slot(mean * uplift, arrivals[i] == 0 ? 0 : handling[i] / arrivals[i],
					busySeconds[i] > 0 ? Math.max(1, chatSeconds[i] / busySeconds[i]) : 1));
		}
		return slots;
	}

	/** A stretch of conversation. */
	record Stretch(Instant from, Instant to) {

		double seconds() {
			return Duration.between(from, to).toNanos() / 1e9;
		}

	}

	/**
	 * The reception's stretches of conversation from its first buyer message on, in
	 * order; none when it has no run. A question run counts from its first message to its
	 * last (its messages in between are not stored, and the buyer was writing all along);
	 * answers and the agent's other messages are moments; what lies within {@link #IDLE}
	 * of each other joins one stretch.
	 */
	static List<Stretch> stretches(StoredReception reception) {
		List<Stretch> said = new ArrayList<>();
		for (StoredReception.Run run : reception.runs()) {
			said.add(new Stretch(run.firstAt(), run.lastAt()));
			if (run.answeredAt() != null) {
				said.add(new Stretch(run.answeredAt(), run.answeredAt()));
			}
		}
		if (said.isEmpty()) {
			return List.of();
		}
		Instant firstIn = said.stream().map(Stretch::from).min(Comparator.naturalOrder()).orElseThrow();
		reception.humanMessageTimes()
			.stream()
			.filter(time -> !time.isBefore(firstIn))
			.forEach(time -> said.add(new Stretch(time, time)));
		said.sort(Comparator.comparing(Stretch::from));
		List<Stretch> stretches = new ArrayList<>();
		Stretch current = said.get(0);
		for (Stretch next : said) {
			if (Duration.between(current.to(), next.from()).compareTo(IDLE) > 0) {
				stretches.add(current);
				current = next;
			}
			else if (next.to().isAfter(current.to())) {
				current = new Stretch(current.from(), next.to());
			}
		}
		stretches.add(current);
		return stretches;
	}

	/** One agent's stretches merged where they overlap: the time they had a chat open. */
	static List<Stretch> merged(List<Stretch> stretches) {
		List<Stretch> sorted = stretches.stream().sorted(Comparator.comparing(Stretch::from)).toList();
		List<Stretch> merged = new ArrayList<>();
		for (Stretch stretch : sorted) {
			Stretch last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && !stretch.from().isAfter(last.to())) {
				if (stretch.to().isAfter(last.to())) {
					merged.set(merged.size() - 1, new Stretch(last.from(), stretch.to()));
				}
			}
			else {
				merged.add(stretch);
			}
		}
		return merged;
	}

	static int slotOf(Instant at, ZoneId zone) {
		LocalDateTime local = LocalDateTime.ofInstant(at, zone);
		return local.getHour() * 2 + local.getMinute() / 30;
	}

	/**
	 * Adds the stretch's seconds to the half hours it covers, clock time in the shop's
	 * zone; a stretch that runs past midnight stops there.
	 */
	private static void spread(Stretch stretch, ZoneId zone, double[] seconds) {
		LocalDateTime from = LocalDateTime.ofInstant(stretch.from(), zone);
		double start = from.toLocalTime().toNanoOfDay() / 1e9;
		double end = Math.min(start + stretch.seconds(), HALF_HOURS * SECONDS);
		for (int slot = (int) (start / SECONDS); slot < HALF_HOURS && slot * SECONDS < end; slot++) {
			double overlap = Math.min(end, (slot + 1) * SECONDS) - Math.max(start, slot * SECONDS);
			if (overlap > 0) {
				seconds[slot] += overlap;
			}
		}
	}

}
