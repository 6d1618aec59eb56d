package io.kefu.appraisal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kefu.analytics.StoredReception;
import io.kefu.customer.BuyerId;
import io.kefu.reception.AutoReply;
import io.kefu.shop.Shop;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * Finds the suspect auto-replies of seed 001 (在闪人数10人以下而自动回复): an auto-reply sent from an
 * agent's account in the middle of a conversation while fewer than {@code fewestWaiting}
 * buyers were waiting for that agent. A buyer waits for an agent from the first message
 * of a question run the agent owns until its answer, or, never answered, until the end of
 * its business day plus the grace (docs/appraisal.md, "Suspected cheating"). Plain Java
 * over the month's auto-replies and stored receptions.
 */
public final class AutoReplyWatch {

	/** Seed 001: fewer than 10 buyers waiting (在闪人数10人以下). */
	public static final int FEWEST_WAITING = 10;

	private final Shop shop;

	private final Duration grace;

	private final int fewestWaiting;

	/**
	 * @param grace how long after its business day a run may still be answered (the
	 * figures' setting)
	 * @param fewestWaiting an auto-reply with fewer buyers waiting is suspect
	 */
	public AutoReplyWatch(Shop shop, Duration grace, int fewestWaiting) {
		if (fewestWaiting < 1) {
			throw new IllegalArgumentException("fewestWaiting is at least 1, not " + fewestWaiting);
		}
		this.shop = shop;
		this.grace = grace;
		this.fewestWaiting = fewestWaiting;
	}

	/**
	 * @param autoReplies the auto-replies to judge
	 * @param receptions the receptions of their business days and of the day before each
	 * (whose unanswered runs wait into the next day's grace)
	 * @return one row per agent and business day with a suspect auto-reply, by day then
	 * agent
	 */
	public List<SuspectedCheating> suspects(List<AutoReply> autoReplies, List<StoredReception> receptions) {
		Map<AgentDay, List<Waiting>> waiting = waitingByAgentAndDay(receptions);
		Map<AgentDay, List<Suspect>> suspects = new LinkedHashMap<>();
		for (AutoReply reply : autoReplies) {
			LocalDate day = shop.businessDay(reply.sentAt());
			if (isGreeting(reply, day)) {
				continue;
			}
			int buyers = waitingAt(reply.sentAt(), waiting.get(new AgentDay(reply.agentId(), day)),
					waiting.get(new AgentDay(reply.agentId(), day.minusDays(1))));
			if (buyers < fewestWaiting) {
				suspects.computeIfAbsent(new AgentDay(reply.agentId(), day), key -> new ArrayList<>())
					.add(new Suspect(reply.sentAt(), buyers));
			}
		}
		return suspects.entrySet()
			.stream()
			.map(entry -> new SuspectedCheating(entry.getKey().agent(), entry.getKey().day(), entry.getValue().size(),
					entry.getValue().stream().mapToInt(Suspect::waiting).min().orElseThrow(),
					entry.getValue().stream().map(Suspect::at).min(Comparator.naturalOrder()).orElseThrow()))
			.sorted(Comparator.comparing(SuspectedCheating::day).thenComparing(suspect -> suspect.agent().value()))
			.toList();
	}

	/**
	 * The greeting on arrival (the platform's 欢迎语, sent whatever the agent is doing) is
	 * the first thing the shop writes to the buyer on the business day; the agent chooses
	 * only the auto-replies after it.
	 */
	private boolean isGreeting(AutoReply reply, LocalDate day) {
		return reply.previousReplyAt() == null || !shop.businessDay(reply.previousReplyAt()).equals(day);
	}

	/** Distinct buyers: a buyer's run of yesterday may still wait in today's grace. */
	private static int waitingAt(Instant at, @Nullable List<Waiting> today, @Nullable List<Waiting> yesterday) {
		Set<BuyerId> buyers = new HashSet<>();
		for (List<Waiting> day : Arrays.asList(today, yesterday)) {
			for (Waiting waiting : day == null ? List.<Waiting>of() : day) {
				if (!waiting.from().isAfter(at) && waiting.until().isAfter(at)) {
					buyers.add(waiting.buyer());
				}
			}
		}
		return buyers.size();
	}

	private Map<AgentDay, List<Waiting>> waitingByAgentAndDay(List<StoredReception> receptions) {
		Map<AgentDay, List<Waiting>> waiting = new HashMap<>();
		for (StoredReception reception : receptions) {
			Instant endOfDay = shop.startOf(reception.day().plusDays(1)).plus(grace);
			List<Waiting> runs = waiting.computeIfAbsent(new AgentDay(reception.agentId(), reception.day()),
					key -> new ArrayList<>());
			for (StoredReception.Run run : reception.runs()) {
				runs.add(new Waiting(reception.buyerId(), run.firstAt(),
						run.answeredAt() == null ? endOfDay : run.answeredAt()));
			}
		}
		return waiting;
	}

	private record AgentDay(AgentId agent, LocalDate day) {
	}

	/** A buyer waiting for the agent from {@code from} (included) to {@code until}. */
	private record Waiting(BuyerId buyer, Instant from, Instant until) {
	}

	private record Suspect(Instant at, int waiting) {
	}

}
