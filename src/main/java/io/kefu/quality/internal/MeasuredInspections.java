package io.kefu.quality.internal;

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
import java.util.function.Function;

import io.kefu.analytics.FigureRecompute;
import io.kefu.order.Order;
import io.kefu.order.Orders;
import io.kefu.quality.Inspection;
import io.kefu.quality.InspectionSettings;
import io.kefu.quality.QualityBenchmark;
import io.kefu.quality.Rule;
import io.kefu.quality.RuleHit;
import io.kefu.quality.Transcript;
import io.kefu.quality.TranscriptMessage;
import io.kefu.reception.Messages;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

import org.springframework.stereotype.Component;

/**
 * Reads a shop's whole history into receptions once, then times the engine over them, the
 * automaton's engine and the baseline's taking turns so that both see the same machine
 * load.
 */
@Component
class MeasuredInspections implements QualityBenchmark {

	private final Shops shops;

	private final Messages messages;

	private final Orders orders;

	private final FigureRecompute figures;

	private final DayInspections days;

	MeasuredInspections(Shops shops, Messages messages, Orders orders, FigureRecompute figures, DayInspections days) {
		this.shops = shops;
		this.messages = messages;
		this.orders = orders;
		this.figures = figures;
		this.days = days;
	}

	@Override
	public Result run(long shopId, int rounds) {
		long loadStart = System.nanoTime();
		List<Transcript> receptions = receptions(shops.get(ShopId.of(shopId)));
		double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
		InspectionSettings settings = InspectionSettings.DEFAULTS;
		Engine automaton = new Engine(settings, WordAutomaton::of);
		Engine naive = new Engine(settings, NaiveWordMatcher::new);
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
		long shopId = shop.id().value();
		LocalDate first = shop.businessDay(messages.firstSentAt(shopId).orElseThrow());
		LocalDate last = shop.businessDay(Instant.now());
		figures.runQueued();
		long started = System.nanoTime();
		int count = 0;
		for (LocalDate from = first; !from.isAfter(last); from = from.plusDays(7)) {
			LocalDate to = from.plusDays(6).isAfter(last) ? last : from.plusDays(6);
			count += days.inspect(shopId, from, to);
		}
		return new Stored(count, (System.nanoTime() - started) / 1e9);
	}

	private record Stored(int receptions, double seconds) {
	}

	private List<Transcript> receptions(Shop shop) {
		long shopId = shop.id().value();
		Instant from = messages.firstSentAt(shopId)
			.orElseThrow(() -> new IllegalStateException("Shop " + shopId + " has no messages to inspect"));
		Instant to = Instant.now().plus(Duration.ofDays(366));
		Set<Long> buyers = new LinkedHashSet<>();
		messages.forEachThread(shopId, from, to, List.of(), thread -> buyers.add(thread.get(0).buyerId()));
		Map<Long, List<Instant>> orderTimes = new HashMap<>();
		for (Order order : orders.paymentsActiveBetween(shopId, from, to)) {
			orderTimes.computeIfAbsent(order.buyerId(), b -> new ArrayList<>()).add(order.createdAt());
		}
		orderTimes.values().forEach(times -> times.sort(null));
		int validityDays = InspectionSettings.DEFAULTS.validityDays();
		List<Transcript> receptions = new ArrayList<>();
		for (long buyer : buyers) {
			receptions.addAll(ReceptionSplit.split(messages.thread(shopId, buyer), shop,
					orderTimes.getOrDefault(buyer, List.of()), validityDays));
		}
		return receptions;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	/** One engine and its rule book's matcher alone. */
	private static final class Engine {

		final InspectionEngine engine;

		final WordMatcher matcher;

		/** Keeps the timed loops' results alive so that nothing is optimised away. */
		long sink;

		Engine(InspectionSettings settings, Function<List<String>, WordMatcher> matchers) {
			this.engine = new InspectionEngine(settings, matchers);
			this.matcher = new RuleBook(settings, matchers).matcher();
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
			Matches matches = new Matches();
			long start = System.nanoTime();
			for (Transcript reception : receptions) {
				for (TranscriptMessage message : reception.messages()) {
					if (message.isHumanAgentMessage()) {
						matches.clear();
						matcher.findAll(message.content(), matches);
						sink += matches.size();
					}
				}
			}
			return (System.nanoTime() - start) / 1e9;
		}

	}

}
