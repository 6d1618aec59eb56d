package io.kefu.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kefu.analytics.FigureRecompute;
import io.kefu.customer.BuyerId;
import io.kefu.order.Order;
import io.kefu.order.Orders;
import io.kefu.quality.Inspection;
import io.kefu.quality.InspectionSettings;
import io.kefu.quality.Inspections;
import io.kefu.quality.Inspector;
import io.kefu.quality.Rule;
import io.kefu.quality.RuleHit;
import io.kefu.quality.Transcript;
import io.kefu.quality.TranscriptMessage;
import io.kefu.reception.Messages;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

/**
 * {@code bench quality}: measures the rule engine on a shop's stored history. Reads its
 * threads once, cut into receptions per business day and agent, then times the engine
 * with the Aho–Corasick automaton and, side by side in the same run, the same engine with
 * a loop of {@code indexOf} per word, the baseline, taking turns so that both see the
 * same machine load.
 */
public class QualityBench {

	/**
	 * @param loadSeconds reading the messages and orders and cutting receptions (not part
	 * of the engine's time)
	 * @param automatonSeconds one pass of the engine over every reception (the median of
	 * the rounds)
	 * @param automatonMatchingSeconds matching the word lists alone over the same agent
	 * messages (the median)
	 * @param naiveSeconds the baseline engine's pass (the median)
	 * @param naiveMatchingSeconds the baseline's matching alone (the median)
	 * @param disagreements receptions on which the two engines' inspections differ (none
	 * when they agree)
	 * @param hitsPer100 each rule's hits per 100 receptions
	 * @param storedReceptions the figures' receptions inspected and stored as the
	 * application does it: read from the database, inspected, written
	 * @param storedSeconds the time that took, end to end, once
	 */
	public record Result(long receptions, long messages, long agentMessages, double loadSeconds,
			double automatonSeconds, double automatonMatchingSeconds, double naiveSeconds, double naiveMatchingSeconds,
			long disagreements, double averageScore, Map<Rule, Double> hitsPer100, long storedReceptions,
			double storedSeconds) {

		public Result {
			hitsPer100 = Map.copyOf(hitsPer100);
		}

		public double receptionsPerSecond() {
			return receptions / automatonSeconds;
		}

		public double naiveReceptionsPerSecond() {
			return receptions / naiveSeconds;
		}

	}

	private final Shops shops;

	private final Messages messages;

	private final Orders orders;

	private final FigureRecompute figures;

	private final Inspections inspections;

	QualityBench(Shops shops, Messages messages, Orders orders, FigureRecompute figures, Inspections inspections) {
		this.shops = shops;
		this.messages = messages;
		this.orders = orders;
		this.figures = figures;
		this.inspections = inspections;
	}

	public Result run(long shopId, int rounds) {
		long loadStart = System.nanoTime();
		List<Transcript> receptions = receptions(shops.get(ShopId.of(shopId)));
		double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
		InspectionSettings settings = InspectionSettings.DEFAULTS;
		Engine automaton = new Engine(Inspector.of(settings));
		Engine naive = new Engine(Inspector.withIndexOfLoop(settings));
		Map<Rule, Long> hits = new EnumMap<>(Rule.class);
		long disagreements = 0;
		long scores = 0;
		for (Transcript reception : receptions) {
			Inspection inspection = automaton.engine.inspect(reception);
			disagreements += inspection.equals(naive.engine.inspect(reception)) ? 0 : 1;
			scores += inspection.score();
			for (RuleHit hit : inspection.hits()) {
				hits.merge(hit.rule(), 1L, Long::sum);
			}
		}
		double[][] seconds = new double[4][rounds];
		for (int round = 0; round < rounds; round++) {
			seconds[0][round] = automaton.inspectAll(receptions);
			seconds[1][round] = automaton.matchAll(receptions);
			seconds[2][round] = naive.inspectAll(receptions);
			seconds[3][round] = naive.matchAll(receptions);
		}
		Map<Rule, Double> per100 = new EnumMap<>(Rule.class);
		hits.forEach((rule, count) -> per100.put(rule, 100.0 * count / Math.max(1, receptions.size())));
		long messageCount = receptions.stream().mapToLong(r -> r.messages().size()).sum();
		long agentMessages = receptions.stream()
			.flatMap(r -> r.messages().stream())
			.filter(TranscriptMessage::isHumanAgentMessage)
			.count();
		Stored stored = stored(shops.get(ShopId.of(shopId)));
		return new Result(receptions.size(), messageCount, agentMessages, loadSeconds, median(seconds[0]),
				median(seconds[1]), median(seconds[2]), median(seconds[3]), disagreements,
				(double) scores / Math.max(1, receptions.size()), per100, stored.receptions(), stored.seconds());
	}

	/**
	 * What the application does: the figures' stored receptions of the whole history,
	 * each cut from its buyer's stored thread, inspected and stored, a week at a time.
	 * The figures are brought up to date first, untimed.
	 */
	private Stored stored(Shop shop) {
		LocalDate first = shop.businessDay(messages.firstSentAt(shop.id()).orElseThrow());
		LocalDate last = shop.businessDay(Instant.now());
		figures.runQueued();
		long started = System.nanoTime();
		int count = 0;
		for (LocalDate from = first; !from.isAfter(last); from = from.plusDays(7)) {
			LocalDate to = from.plusDays(6).isAfter(last) ? last : from.plusDays(6);
			count += inspections.inspectNow(shop.id(), from, to);
		}
		return new Stored(count, (System.nanoTime() - started) / 1e9);
	}

	private record Stored(int receptions, double seconds) {
	}

	private List<Transcript> receptions(Shop shop) {
		long shopId = shop.id().value();
		Instant from = messages.firstSentAt(shop.id())
			.orElseThrow(() -> new IllegalStateException("Shop " + shopId + " has no messages to inspect"));
		Instant to = Instant.now().plus(Duration.ofDays(366));
		Set<Long> buyers = new LinkedHashSet<>();
		messages.forEachThread(shop.id(), from, to, List.of(), thread -> buyers.add(thread.get(0).buyerId().value()));
		Map<Long, List<Instant>> orderTimes = new HashMap<>();
		for (Order order : orders.paymentsActiveBetween(ShopId.of(shopId), from, to)) {
			orderTimes.computeIfAbsent(order.buyerId().value(), b -> new ArrayList<>()).add(order.createdAt());
		}
		orderTimes.values().forEach(times -> times.sort(null));
		int validityDays = InspectionSettings.DEFAULTS.validityDays();
		List<Transcript> receptions = new ArrayList<>();
		for (long buyer : buyers) {
			receptions.addAll(ReceptionSplit.split(messages.thread(shop.id(), BuyerId.of(buyer)), shop,
					orderTimes.getOrDefault(buyer, List.of()), validityDays));
		}
		return receptions;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	/** One engine, timed over every reception and over its word lists alone. */
	private static final class Engine {

		final Inspector engine;

		/** Keeps the timed loops' results alive so that nothing is optimised away. */
		long sink;

		Engine(Inspector engine) {
			this.engine = engine;
		}

		double inspectAll(List<Transcript> receptions) {
			long start = System.nanoTime();
			for (Transcript reception : receptions) {
				sink += engine.inspect(reception).score();
			}
			return (System.nanoTime() - start) / 1e9;
		}

		/**
		 * What the engine spends in its word lists: every human agent message read once.
		 */
		double matchAll(List<Transcript> receptions) {
			long start = System.nanoTime();
			sink += engine.countWords(receptions);
			return (System.nanoTime() - start) / 1e9;
		}

	}

}
