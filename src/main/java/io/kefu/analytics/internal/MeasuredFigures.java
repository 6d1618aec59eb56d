package io.kefu.analytics.internal;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
import io.kefu.analytics.FigureBenchmark;
import io.kefu.analytics.FigureSettings;
import io.kefu.analytics.Figures;
import io.kefu.analytics.JudgeRule;
import io.kefu.background.QueuedDays;
import io.kefu.analytics.TeamFigures;
import io.kefu.analytics.internal.SqlReceptionFigures.AgentReceptions;
import io.kefu.reception.Messages;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class MeasuredFigures implements FigureBenchmark {

	private static final int DAYS_AT_A_TIME = 7;

	private final Shops shops;

	private final Messages messages;

	private final FactRecompute recompute;

	private final DaySumsRefresh daySums;

	private final FactStore facts;

	private final FigureSettingsStore settings;

	private final Figures figures;

	private final SqlReceptionFigures sql;

	private final JdbcClient jdbc;

	private final PendingDays pending;

	MeasuredFigures(Shops shops, Messages messages, FactRecompute recompute, DaySumsRefresh daySums, FactStore facts,
			FigureSettingsStore settings, Figures figures, SqlReceptionFigures sql, JdbcClient jdbc,
			PendingDays pending) {
		this.shops = shops;
		this.messages = messages;
		this.recompute = recompute;
		this.daySums = daySums;
		this.facts = facts;
		this.settings = settings;
		this.figures = figures;
		this.sql = sql;
		this.jdbc = jdbc;
		this.pending = pending;
	}

	@Override
	public Result run(long shopId) {
		Shop shop = shops.get(new ShopId(shopId));
		FigureSettings shopSettings = settings.of(shopId);
		Instant firstMessage = messages.firstSentAt(shopId)
			.orElseThrow(
					() -> new IllegalStateException("Shop " + shopId + " has no messages to compute figures from"));
		LocalDate from = shop.businessDay(firstMessage);
		LocalDate to = lastDay(shopId, shop);
		// a freshly generated history has no planner statistics where autovacuum is off,
		// and both the recompute and the SQL baseline would be planned blind
		analyze("message", "thread", "shop_order", "refund", "buyer");
		// everything is computed from nothing, as for a shop's first figures
		for (String facts : List.of("reception_fact", "unreceived_fact", "credited_order", "figure_day",
				"figure_shop_day")) {
			jdbc.sql("delete from " + facts + " where shop_id = ?").param(shopId).update();
		}
		resetPeakHeap();
		double full = seconds(() -> {
			FactRecompute.DaySpan touched = null;
			for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(DAYS_AT_A_TIME)) {
				LocalDate last = day.plusDays(DAYS_AT_A_TIME - 1).isAfter(to) ? to : day.plusDays(DAYS_AT_A_TIME - 1);
				FactRecompute.DaySpan span = recompute.recompute(shop, shopSettings, day, last);
				touched = touched == null ? span : touched.including(span);
			}
			daySums.refresh(shop, shopSettings, touched.first(), touched.last());
			return null;
		});
		long peak = peakHeap();
		// what storing the history queued is done now; the reads below must not redo it
		pending.done(pending.all().stream().filter(days -> days.shopId() == shopId).map(QueuedDays::id).toList());
		analyze("reception_fact", "unreceived_fact", "credited_order", "figure_day", "figure_shop_day");
		LocalDate oneDay = to.minusDays(1);
		double day = median(3, () -> {
			FactRecompute.DaySpan touched = recompute.recompute(shop, shopSettings, oneDay, oneDay);
			daySums.refresh(shop, shopSettings, touched.first(), touched.last());
			return null;
		});
		double team = median(5, () -> figures.team(shopId, from, to, null));
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
		List<Reception> stored = facts.receptions(shopId, from, to);
		return new Result(from, to, count("select count(*) from message where shop_id = ?", shopId),
				count("select count(*) from shop_order where shop_id = ?", shopId), stored.size(), full, day, team,
				sqlSeconds, peak, disagreements(baseline.get(), perAgent(stored), baselineSales.get(),
						figures.team(shopId, from, to, JudgeRule.ORDER)));
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

	private static Map<Long, AgentReceptions> perAgent(List<Reception> receptions) {
		Map<Long, long[]> counts = new TreeMap<>();
		Map<Long, Double> responses = new TreeMap<>();
		for (Reception reception : receptions) {
			long[] c = counts.computeIfAbsent(reception.agent(), agent -> new long[3]);
			c[0]++;
			c[1] += reception.replied() ? 1 : 0;
			for (QuestionRun run : reception.runs()) {
				if (run.answered()) {
					c[2]++;
					responses.merge(reception.agent(), run.responseSeconds(), Double::sum);
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
				sales.put(agent.agentId(), agent.salesAmount());
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
