package io.kefu.analytics.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.kefu.analytics.JudgeRule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored day sums of each shop (tables {@code figure_day} and
 * {@code figure_shop_day}). Callers hold the transaction.
 */
@Repository
class DaySumsStore {

	private static final long TEAM = 0;

	private final JdbcClient jdbc;

	DaySumsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Serialises the writers of a shop's facts and day sums until the transaction ends,
	 * so that no day sums are stored from facts that a recompute replaced meanwhile.
	 */
	void lock(long shopId) {
		jdbc.sql("select pg_advisory_xact_lock(4242, ?)").param((int) shopId).query(Object.class).list();
	}

	/** Forgets the day sums of these days, whose facts changed. */
	void forget(long shopId, LocalDate first, LocalDate last) {
		jdbc.sql("delete from figure_day where shop_id = ? and day between ? and ?")
			.params(shopId, first, last)
			.update();
		jdbc.sql("delete from figure_shop_day where shop_id = ? and day between ? and ?")
			.params(shopId, first, last)
			.update();
	}

	/** The days of the range that have no stored sums. */
	List<LocalDate> missing(long shopId, LocalDate first, LocalDate last) {
		return jdbc.sql("""
				select d::date from generate_series(?::date, ?::date, interval '1 day') d
				where not exists (select 1 from figure_shop_day s where s.shop_id = ? and s.day = d::date)
				order by 1
				""").params(first, last, shopId).query(LocalDate.class).list();
	}

	void replace(long shopId, LocalDate first, LocalDate last, Map<JudgeRule, List<FigureSheet.DaySums>> byRule) {
		forget(shopId, first, last);
		List<Object[]> rows = new ArrayList<>();
		byRule.forEach((rule, days) -> {
			for (FigureSheet.DaySums day : days) {
				day.agents().forEach((agent, sums) -> rows.add(row(rule, day.day(), agent, sums)));
				rows.add(row(rule, day.day(), TEAM, day.team()));
			}
		});
		if (!rows.isEmpty()) {
			jdbc.sql("""
					insert into figure_day (shop_id, judge_rule, day, agent_id, receptions, replied, first_response_sum,
					    first_responses, response_sum, answered_runs, window_runs, window_fast_runs, slow_runs,
					    human_messages, grace_repeated, in_messages, inquiries, ordered, paid_inquiries, sales,
					    sales_buyers, refunds)
					select ?, * from unnest(?::text[], ?::text[]::date[], ?::bigint[], ?::int[], ?::int[], ?::float8[],
					    ?::int[], ?::float8[], ?::int[], ?::int[], ?::int[], ?::int[], ?::int[], ?::int[], ?::int[],
					    ?::int[], ?::int[], ?::int[], ?::text[]::numeric[], ?::int[], ?::text[]::numeric[])
					""").params(columns(shopId, rows)).update();
		}
		List<FigureSheet.DaySums> days = byRule.values().iterator().next();
		jdbc.sql("""
				insert into figure_shop_day (shop_id, day, paid, unreceived, hours)
				select ?, d, p, u, string_to_array(h, ',')::int[]
				from unnest(?::text[]::date[], ?::text[]::numeric[], ?::int[], ?::text[]) as s(d, p, u, h)
				""")
			.params(shopId, days.stream().map(day -> day.day().toString()).toArray(String[]::new),
					days.stream().map(day -> day.paid().toPlainString()).toArray(String[]::new),
					days.stream().map(day -> (int) day.unreceived()).toArray(Integer[]::new),
					days.stream()
						.map(day -> String.join(",",
								Arrays.stream(day.hours()).mapToObj(Long::toString).toArray(String[]::new)))
						.toArray(String[]::new))
			.update();
	}

	private static Object[] row(JudgeRule rule, LocalDate day, long agent, FigureSums sums) {
		return new Object[] { rule.name(), day.toString(), agent, (int) sums.receptions, (int) sums.replied,
				sums.firstResponseSum, (int) sums.firstResponses, sums.responseSum, (int) sums.answeredRuns,
				(int) sums.windowRuns, (int) sums.windowFastRuns, (int) sums.slowRuns, (int) sums.humanMessages,
				(int) sums.graceRepeated, (int) sums.inMessages, (int) sums.inquiries, (int) sums.ordered,
				(int) sums.paidInquiries, sums.sales.toPlainString(), (int) sums.salesBuyers,
				sums.refunds.toPlainString() };
	}

	/** The rows turned into one array a column, the shop id first. */
	private static Object[] columns(long shopId, List<Object[]> rows) {
		Class<?>[] types = { String.class, String.class, Long.class, Integer.class, Integer.class, Double.class,
				Integer.class, Double.class, Integer.class, Integer.class, Integer.class, Integer.class, Integer.class,
				Integer.class, Integer.class, Integer.class, Integer.class, Integer.class, String.class, Integer.class,
				String.class };
		Object[] columns = new Object[types.length + 1];
		columns[0] = shopId;
		for (int c = 0; c < types.length; c++) {
			Object[] column = (Object[]) java.lang.reflect.Array.newInstance(types[c], rows.size());
			for (int r = 0; r < rows.size(); r++) {
				column[r] = rows.get(r)[c];
			}
			columns[c + 1] = column;
		}
		return columns;
	}

	/** The stored sums of the range's days under a rule, in day order. */
	List<FigureSheet.DaySums> read(long shopId, JudgeRule rule, LocalDate first, LocalDate last) {
		Map<LocalDate, FigureSheet.DaySums> days = new TreeMap<>();
		jdbc.sql("""
				select day, paid, unreceived, hours from figure_shop_day where shop_id = ? and day between ? and ?
				""").params(shopId, first, last).query(row -> {
			LocalDate day = row.getObject(1, LocalDate.class);
			days.put(day, new FigureSheet.DaySums(day, new TreeMap<>(), new FigureSums(), row.getBigDecimal(2),
					row.getInt(3), hours(row.getArray(4))));
		});
		jdbc.sql("""
				select day, agent_id, receptions, replied, first_response_sum, first_responses, response_sum,
				    answered_runs, window_runs, window_fast_runs, slow_runs, human_messages, grace_repeated,
				    in_messages, inquiries, ordered, paid_inquiries, sales, sales_buyers, refunds
				from figure_day where shop_id = ? and judge_rule = ? and day between ? and ?
				""").params(shopId, rule.name(), first, last).query(row -> {
			FigureSheet.DaySums day = days.get(row.getObject(1, LocalDate.class));
			if (day != null) {
				long agent = row.getLong(2);
				read(row, agent == TEAM ? day.team() : day.of(agent));
			}
		});
		return List.copyOf(days.values());
	}

	private static void read(ResultSet row, FigureSums sums) throws SQLException {
		sums.receptions = row.getInt(3);
		sums.replied = row.getInt(4);
		sums.firstResponseSum = row.getDouble(5);
		sums.firstResponses = row.getInt(6);
		sums.responseSum = row.getDouble(7);
		sums.answeredRuns = row.getInt(8);
		sums.windowRuns = row.getInt(9);
		sums.windowFastRuns = row.getInt(10);
		sums.slowRuns = row.getInt(11);
		sums.humanMessages = row.getInt(12);
		sums.graceRepeated = row.getInt(13);
		sums.inMessages = row.getInt(14);
		sums.inquiries = row.getInt(15);
		sums.ordered = row.getInt(16);
		sums.paidInquiries = row.getInt(17);
		sums.sales = row.getBigDecimal(18);
		sums.salesBuyers = row.getInt(19);
		sums.refunds = row.getBigDecimal(20);
	}

	private static long[] hours(Array array) throws SQLException {
		Integer[] stored = (Integer[]) array.getArray();
		long[] hours = new long[24];
		for (int hour = 0; hour < hours.length; hour++) {
			hours[hour] = stored[hour];
		}
		return hours;
	}

}
