package io.kefu.bench;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.kefu.analytics.AgentFigures;
import io.kefu.analytics.FigureRebuild;
import io.kefu.analytics.FigureSettings;
import io.kefu.analytics.Figures;
import io.kefu.analytics.JudgeRule;
import io.kefu.analytics.Receptions;
import io.kefu.analytics.StoredReception;
import io.kefu.analytics.TeamFigures;
import io.kefu.bench.SqlReceptionFigures.AgentReceptions;
import io.kefu.reception.Messages;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code bench figures}: measures the figures on a shop's stored history: recomputing
 * every fact, recomputing one day, answering the dashboard's request from the facts, and,
 * in the same run, a straightforward SQL implementation (window functions) of the
 * reception figures, checked to agree.
 */
public class FigureBench {

	/**
	 * @param fullSeconds recomputing the facts of every day
	 * @param daySeconds recomputing one day (the median of three)
	 * @param teamSeconds the team figures of the whole range from the facts (the median
	 * of five)
	 * @param sqlSeconds the SQL baseline over the same range
	 * @param disagreements per agent, where the SQL baseline and the facts differ (none
	 * when they agree)
	 */
	public record Result(LocalDate from, LocalDate to, long messages, long orders, long receptions, double fullSeconds,
			double daySeconds, double teamSeconds, double sqlSeconds, long peakHeapBytes, List<String> disagreements) {

		public Result {
			disagreements = List.copyOf(disagreements);
		}

	}

	private final Shops shops;

	private final Messages messages;

	private final FigureRebuild recompute;

	private final Figures figures;

	private final Receptions receptions;

	private final SqlReceptionFigures sql;

	private final JdbcClient jdbc;

	FigureBench(Shops shops, Messages messages, FigureRebuild recompute, Figures figures, Receptions receptions,
			JdbcClient jdbc) {
		this.shops = shops;
		this.messages = messages;
		this.recompute = recompute;
		this.figures = figures;
		this.receptions = receptions;
		this.sql = new SqlReceptionFigures(jdbc);
		this.jdbc = jdbc;
	}

	public Result run(long shopId) {
		Shop shop = shops.get(new ShopId(shopId));
		FigureSettings shopSettings = figures.settings(ShopId.of(shopId));
		Instant firstMessage = messages.firstSentAt(ShopId.of(shopId))
			.orElseThrow(
					() -> new IllegalStateException("Shop " + shopId + " has no messages to compute figures from"));
		LocalDate from = shop.businessDay(firstMessage);
		LocalDate to = lastDay(shopId, shop);
		// a freshly generated history has no planner statistics where autovacuum is off,
		// and both the recompute and the SQL baseline would be planned blind
		analyze("message", "thread", "shop_order", "refund", "buyer");
		// everything is computed from nothing, as for a shop's first figures
		recompute.forget(ShopId.of(shopId));
		resetPeakHeap();
		double full = seconds(() -> {
			recompute.recompute(ShopId.of(shopId), from, to);
			return null;
		});
		long peak = peakHeap();
		analyze("reception_fact", "unreceived_fact", "credited_order", "figure_day", "figure_shop_day");
		LocalDate oneDay = to.minusDays(1);
		double day = median(3, () -> {
			recompute.recompute(ShopId.of(shopId), oneDay, oneDay);
			return null;
		});
		double team = median(5, () -> figures.team(ShopId.of(shopId), from, to, null));
		Set<String> own = new HashSet<>(shopSettings.ownAccounts());
		own.add(shop.name());
		Set<String> ownAccounts = shopSettings.filterOwnAccounts() ? own : Set.of();
		AtomicReference<Map<Long, AgentReceptions>> baseline = new AtomicReference<>();
		AtomicReference<Map<Long, BigDecimal>> baselineSales = new AtomicReference<>();
		double sqlSeconds = seconds(() -> {
			baseline.set(sql.perAgent(shop, shopSettings, ownAccounts, from, to));
			baselineSales.set(sql.salesByOrderRule(shop, shopSettings, ownAccounts, from, to));
			return null;
		});
		List<StoredReception> stored = receptions.between(ShopId.of(shopId), from, to);
		return new Result(from, to, count("select count(*) from message where shop_id = ?", shopId),
				count("select count(*) from shop_order where shop_id = ?", shopId), stored.size(), full, day, team,
				sqlSeconds, peak, disagreements(baseline.get(), perAgent(stored), baselineSales.get(),
						figures.team(ShopId.of(shopId), from, to, JudgeRule.ORDER)));
	}

	private void analyze(String... tables) {
		jdbc.sql("analyze " + String.join(", ", tables)).update();
	}

	private LocalDate lastDay(long shopId, Shop shop) {
		Instant last = jdbc.sql("select max(sent_at) from message where shop_id = ?")
			.param(shopId)
			.query(java.time.OffsetDateTime.class)
			.single()
			.toInstant();
		return shop.businessDay(last);
	}

	private static Map<Long, AgentReceptions> perAgent(List<StoredReception> receptions) {
		Map<Long, long[]> counts = new TreeMap<>();
		Map<Long, Double> responses = new TreeMap<>();
		for (StoredReception reception : receptions) {
			long[] c = counts.computeIfAbsent(reception.agentId().value(), agent -> new long[3]);
			c[0]++;
			c[1] += reception.runs().stream().anyMatch(run -> run.answeredAt() != null) ? 1 : 0;
			for (StoredReception.Run run : reception.runs()) {
				if (run.answeredAt() != null) {
					c[2]++;
					responses.merge(reception.agentId().value(),
							responseSeconds(Duration.between(run.firstAt(), run.answeredAt())), Double::sum);
				}
			}
		}
		Map<Long, AgentReceptions> result = new TreeMap<>();
		counts.forEach((agent, c) -> result.put(agent,
				new AgentReceptions(c[0], c[1], c[2], responses.getOrDefault(agent, 0.0))));
		return result;
	}

	private static List<String> disagreements(Map<Long, AgentReceptions> sql, Map<Long, AgentReceptions> stored,
			Map<Long, BigDecimal> sqlSales, TeamFigures byOrder) {
		List<String> differences = new ArrayList<>();
		Map<Long, BigDecimal> sales = new TreeMap<>();
		for (AgentFigures agent : byOrder.agents()) {
			if (agent.salesAmount().signum() != 0) {
				sales.put(agent.agentId().value(), agent.salesAmount());
			}
		}
		Set<Long> sellers = new HashSet<>(sales.keySet());
		sellers.addAll(sqlSales.keySet());
		for (Long agent : sellers) {
			BigDecimal a = sqlSales.get(agent);
			BigDecimal b = sales.get(agent);
			if (a == null || b == null || a.compareTo(b) != 0) {
				differences.add("agent " + agent + " sales by order: SQL " + a + ", facts " + b);
			}
		}
		Set<Long> agents = new HashSet<>(sql.keySet());
		agents.addAll(stored.keySet());
		for (Long agent : agents) {
			AgentReceptions a = sql.get(agent);
			AgentReceptions b = stored.get(agent);
			boolean same = a != null && b != null && a.receptions() == b.receptions() && a.replied() == b.replied()
					&& a.answeredRuns() == b.answeredRuns()
					&& Math.abs(a.responseSeconds() - b.responseSeconds()) < 1e-3;
			if (!same) {
				differences.add("agent " + agent + ": SQL " + a + ", facts " + b);
			}
		}
		return differences;
	}

	/** As the figures count a response time: seconds with their nanoseconds. */
	private static double responseSeconds(Duration duration) {
		return duration.getSeconds() + duration.getNano() / 1e9;
	}

	private long count(String query, long shopId) {
		return jdbc.sql(query).param(shopId).query(Long.class).single();
	}

	private static double median(int times, Supplier<Object> work) {
		double[] runs = new double[times];
		for (int i = 0; i < times; i++) {
			runs[i] = seconds(work);
		}
		Arrays.sort(runs);
		return runs[times / 2];
	}

	private static double seconds(Supplier<Object> work) {
		long started = System.nanoTime();
		work.get();
		return (System.nanoTime() - started) / 1e9;
	}

	private static void resetPeakHeap() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

}
