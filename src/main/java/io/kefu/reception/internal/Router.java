package io.kefu.reception.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kefu.staff.SkillGroup;

/**
 * Chooses agents for waiting buyers (no Spring, no SQL). A buyer goes to an agent of
 * their skill group who is online, below their cap and within their daily limit: the
 * agent who served them last if that agent can take them, otherwise the least loaded
 * (ties: the one given a buyer longest ago, then the lowest id). A shop with no agent of
 * the buyer's group at all lets every group take them. A buyer nobody can take waits:
 * told the agents are away when none of the group is online or busy, else that they are
 * busy.
 */
final class Router {

	private static final Comparator<Seat> LEAST_LOADED = Comparator.comparingInt(Seat::load)
		.thenComparing(Seat::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparingLong(Seat::agentId);

	private final LocalDate today;

	private final Instant now;

	/**
	 * @param today the shop's business day, for the daily limit
	 * @param now the moment assignments are made
	 */
	Router(LocalDate today, Instant now) {
		this.today = today;
		this.now = now;
	}

	Decision route(QueuedBuyer buyer, Collection<Seat> seats) {
		List<Seat> candidates = seatsFor(buyer.group(), seats);
		List<Seat> takers = candidates.stream().filter(seat -> seat.canTake(buyer.buyerId(), today)).toList();
		if (takers.isEmpty()) {
			boolean atDesk = candidates.stream().anyMatch(seat -> seat.presence().isAtDesk());
			return new Decision.Wait(atDesk ? WaitReason.ALL_FULL : WaitReason.NOBODY_AT_DESK);
		}
		Long last = buyer.lastAgentId();
		return takers.stream()
			.filter(seat -> last != null && seat.agentId() == last)
			.findFirst()
			.or(() -> takers.stream().min(LEAST_LOADED))
			.map(seat -> (Decision) new Decision.Assign(seat.agentId()))
			.orElseThrow();
	}

	/**
	 * Works the queue in {@link ServiceOrder} (buyers who are buying first, then arrival
	 * order), each assignment adding to its agent's load; buyers left waiting get their
	 * position within their group.
	 */
	Drain drain(List<QueuedBuyer> queue, Collection<Seat> seats) {
		Map<Long, Seat> current = new LinkedHashMap<>();
		seats.forEach(seat -> current.put(seat.agentId(), seat));
		List<QueuedBuyer> inOrder = queue.stream().sorted(ServiceOrder.QUEUE).toList();
		List<Assigned> assigned = new ArrayList<>();
		List<Waiting> waiting = new ArrayList<>();
		Map<SkillGroup, Integer> positions = new EnumMap<>(SkillGroup.class);
		for (QueuedBuyer buyer : inOrder) {
			Decision decision = route(buyer, current.values());
			if (decision instanceof Decision.Assign assign) {
				current.computeIfPresent(assign.agentId(), (id, seat) -> seat.withBuyer(buyer.buyerId(), now));
				assigned.add(new Assigned(buyer, assign.agentId()));
			}
			else {
				int position = positions.merge(buyer.group(), 1, Integer::sum);
				waiting.add(new Waiting(buyer, position, ((Decision.Wait) decision).reason()));
			}
		}
		return new Drain(assigned, waiting);
	}

	private static List<Seat> seatsFor(SkillGroup group, Collection<Seat> seats) {
		List<Seat> ofGroup = seats.stream().filter(seat -> seat.group() == group).toList();
		return ofGroup.isEmpty() ? List.copyOf(seats) : ofGroup;
	}

	/** Give the buyer to an agent, or let them wait. */
	sealed interface Decision {

		record Assign(long agentId) implements Decision {
		}

		record Wait(WaitReason reason) implements Decision {
		}

	}

	/**
	 * Which auto-reply a waiting buyer gets: away (offer 留言) or busy (queue position).
	 */
	enum WaitReason {

		NOBODY_AT_DESK, ALL_FULL

	}

	record Assigned(QueuedBuyer buyer, long agentId) {
	}

	record Waiting(QueuedBuyer buyer, int position, WaitReason reason) {
	}

	record Drain(List<Assigned> assigned, List<Waiting> waiting) {
	}

}
