package io.kefu.analytics.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.kefu.analytics.JudgeRule;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The calculators' output as rows: receptions with their runs, unreceived buyer-days and
 * credited orders. Callers hold the transaction.
 */
@Repository
class FactStore {

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	FactStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Replaces the receptions and unreceived buyer-days of the days from first to last.
	 */
	void replaceDays(long shopId, LocalDate first, LocalDate last, List<Reception> receptions,
			List<UnreceivedDay> unreceived, Function<Reception, ReceptionSummary> summary) {
		jdbc.sql("delete from reception_fact where shop_id = ? and day between ? and ?")
			.params(shopId, first, last)
			.update();
		jdbc.sql("delete from unreceived_fact where shop_id = ? and day between ? and ?")
			.params(shopId, first, last)
			.update();
		for (int from = 0; from < receptions.size(); from += BATCH) {
			insert(shopId, receptions.subList(from, Math.min(receptions.size(), from + BATCH)), summary);
		}
		template.batchUpdate("""
				insert into unreceived_fact (shop_id, day, buyer_id, runs, all_cards) values (?, ?, ?, ?, ?)
				""", unreceived, BATCH, (statement, day) -> {
			statement.setLong(1, shopId);
			statement.setObject(2, day.day());
			statement.setLong(3, day.buyerId());
			statement.setInt(4, day.runs());
			statement.setBoolean(5, day.allCards());
		});
	}

	private void insert(long shopId, List<Reception> batch, Function<Reception, ReceptionSummary> summary) {
		List<ReceptionSummary> sums = batch.stream().map(summary).toList();
		// one statement of arrays for the batch: a JDBC batch would execute every row on
		// its own; a reception's own arrays travel as text, since JDBC has no arrays of
		// arrays
		jdbc.sql("""
				insert into reception_fact (shop_id, day, agent_id, buyer_id, first_in_at, human_times,
				    grace_messages, inquiry, runs, answered_runs, response_seconds, first_response_seconds,
				    window_runs, window_fast_runs, slow_runs, in_messages, human_messages, run_first_ids,
				    run_first_at, run_last_at, run_messages, run_all_cards, run_answered_at)
				select ?, day, agent_id, buyer_id, first_in_at, string_to_array(times, ',')::bigint[],
				    grace_messages, inquiry, runs, answered_runs, response_seconds, first_response_seconds,
				    window_runs, window_fast_runs, slow_runs, in_messages, human_messages,
				    string_to_array(first_ids, ',')::bigint[], string_to_array(first_at, ',')::bigint[],
				    string_to_array(last_at, ',')::bigint[], string_to_array(messages, ',')::int[],
				    string_to_array(all_cards, ',')::boolean[], string_to_array(answered_at, ',', 'n')::bigint[]
				from unnest(?::text[]::date[], ?::bigint[], ?::bigint[], ?::text[]::timestamptz[], ?::text[], ?::int[],
				    ?::boolean[], ?::int[], ?::int[], ?::float8[], ?::float8[], ?::int[], ?::int[], ?::int[], ?::int[],
				    ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
				    as r(day, agent_id, buyer_id, first_in_at, times, grace_messages, inquiry, runs, answered_runs,
				        response_seconds, first_response_seconds, window_runs, window_fast_runs, slow_runs,
				        in_messages, human_messages, first_ids, first_at, last_at, messages, all_cards, answered_at)
				""")
			.params(shopId, batch.stream().map(reception -> reception.day().toString()).toArray(String[]::new),
					batch.stream().map(Reception::agent).toArray(Long[]::new),
					batch.stream().map(Reception::buyerId).toArray(Long[]::new),
					batch.stream().map(reception -> text(reception.firstInAt())).toArray(String[]::new),
					batch.stream()
						.map(reception -> joined(reception.humanMessageTimes(), FactStore::micros))
						.toArray(String[]::new),
					batch.stream().map(Reception::graceMessages).toArray(Integer[]::new),
					batch.stream().map(Reception::inquiry).toArray(Boolean[]::new),
					sums.stream().map(ReceptionSummary::runs).toArray(Integer[]::new),
					sums.stream().map(ReceptionSummary::answeredRuns).toArray(Integer[]::new),
					sums.stream().map(ReceptionSummary::responseSeconds).toArray(Double[]::new),
					sums.stream().map(ReceptionSummary::firstResponseSeconds).toArray(Double[]::new),
					sums.stream().map(ReceptionSummary::windowRuns).toArray(Integer[]::new),
					sums.stream().map(ReceptionSummary::windowRunsWithinThreeMinutes).toArray(Integer[]::new),
					sums.stream().map(ReceptionSummary::slowRuns).toArray(Integer[]::new),
					sums.stream().map(ReceptionSummary::inMessages).toArray(Integer[]::new),
					sums.stream().map(ReceptionSummary::humanMessages).toArray(Integer[]::new),
					runs(batch, run -> Long.toString(run.firstMessageId())),
					runs(batch, run -> Long.toString(micros(run.firstAt()))),
					runs(batch, run -> Long.toString(micros(run.lastAt()))),
					runs(batch, run -> Integer.toString(run.messages())),
					runs(batch, run -> run.allCards() ? "t" : "f"),
					runs(batch, run -> run.answeredAt() == null ? "n" : Long.toString(micros(run.answeredAt()))))
			.update();
	}

	/** One text a reception: a value of each of its runs. */
	private static String[] runs(List<Reception> batch, Function<QuestionRun, String> value) {
		return batch.stream().map(reception -> joined(reception.runs(), value)).toArray(String[]::new);
	}

	private static <T> String joined(List<T> values, Function<T, ?> value) {
		StringBuilder text = new StringBuilder();
		for (T each : values) {
			if (!text.isEmpty()) {
				text.append(',');
			}
			text.append(value.apply(each));
		}
		return text.toString();
	}

	/** An instant as microseconds since the epoch: PostgreSQL's own precision. */
	static long micros(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
	}

	static Instant instant(long micros) {
		return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
	}

	/** The sums of the stored receptions of the shop's days from first to last. */
	List<ReceptionSummary> summaries(long shopId, LocalDate first, LocalDate last) {
		return jdbc.sql("""
				select agent_id, buyer_id, day, first_in_at, inquiry, runs, answered_runs, response_seconds,
				    first_response_seconds, window_runs, window_fast_runs, slow_runs, in_messages, human_messages,
				    grace_messages
				from reception_fact where shop_id = ? and day between ? and ?
				""")
			.params(shopId, first, last)
			.query((row, n) -> new ReceptionSummary(row.getLong(1), row.getLong(2), row.getObject(3, LocalDate.class),
					row.getObject(4, OffsetDateTime.class).toInstant(), row.getBoolean(5), row.getInt(6), row.getInt(7),
					row.getDouble(8), row.getObject(9, Double.class), row.getInt(10), row.getInt(11), row.getInt(12),
					row.getInt(13), row.getInt(14), row.getInt(15)))
			.list();
	}

	/** One stored reception with its runs. */
	Optional<Reception> reception(long shopId, long agent, long buyerId, LocalDate day) {
		return receptionsWhere("r.shop_id = ? and r.day = ? and r.agent_id = ? and r.buyer_id = ?", shopId, day, agent,
				buyerId)
			.stream()
			.findFirst();
	}

	/** The stored receptions of the shop's days from first to last, with their runs. */
	List<Reception> receptions(long shopId, LocalDate first, LocalDate last) {
		return receptionsWhere("r.shop_id = ? and r.day between ? and ?", shopId, first, last);
	}

	/**
	 * The chat trails of the stored receptions of these buyers on the days from first to
	 * last.
	 */
	List<ChatTrail> trailsOfBuyers(long shopId, Collection<Long> buyerIds, LocalDate first, LocalDate last) {
		if (buyerIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select r.agent_id, r.buyer_id, r.day, r.first_in_at, r.human_times
				from unnest(?::bigint[]) as b(id)
				join lateral (select * from reception_fact
				    where shop_id = ? and buyer_id = b.id and day between ? and ?) r on true
				""").params(buyerIds.toArray(Long[]::new), shopId, first, last).query((row, n) -> {
			return new ChatTrail(row.getLong(1), row.getLong(2), row.getObject(3, LocalDate.class),
					row.getObject(4, OffsetDateTime.class).toInstant(), instants(row.getArray(5)));
		}).list();
	}

	private List<Reception> receptionsWhere(String condition, Object... params) {
		return jdbc.sql("""
				select agent_id, buyer_id, day, human_times, grace_messages, inquiry, run_first_ids, run_first_at,
				    run_last_at, run_messages, run_all_cards, run_answered_at
				from reception_fact r
				where\s""" + condition + " order by day, first_in_at, agent_id, buyer_id")
			.params(params)
			.query((row, n) -> reception(row))
			.list();
	}

	private static Reception reception(ResultSet row) throws SQLException {
		long agent = row.getLong(1);
		long buyerId = row.getLong(2);
		LocalDate day = row.getObject(3, LocalDate.class);
		Long[] firstIds = (Long[]) row.getArray(7).getArray();
		Long[] firstAt = (Long[]) row.getArray(8).getArray();
		Long[] lastAt = (Long[]) row.getArray(9).getArray();
		Integer[] messages = (Integer[]) row.getArray(10).getArray();
		Boolean[] allCards = (Boolean[]) row.getArray(11).getArray();
		Long[] answeredAt = (Long[]) row.getArray(12).getArray();
		List<QuestionRun> runs = new ArrayList<>(firstIds.length);
		for (int i = 0; i < firstIds.length; i++) {
			runs.add(new QuestionRun(buyerId, day, firstIds[i], instant(firstAt[i]), instant(lastAt[i]), messages[i],
					allCards[i], answeredAt[i] == null ? null : instant(answeredAt[i]), agent));
		}
		return new Reception(agent, buyerId, day, runs, instants(row.getArray(4)), row.getInt(5), row.getBoolean(6));
	}

	private static List<Instant> instants(Array array) throws SQLException {
		Long[] micros = (Long[]) array.getArray();
		List<Instant> instants = new ArrayList<>(micros.length);
		for (Long each : micros) {
			instants.add(instant(each));
		}
		return instants;
	}

	/** Sets whether stored receptions are inquiries. */
	void reclassify(long shopId, List<ReceptionSummary> receptions) {
		template.batchUpdate("""
				update reception_fact set inquiry = ? where shop_id = ? and day = ? and agent_id = ? and buyer_id = ?
				""", receptions, BATCH, (statement, reception) -> {
			statement.setBoolean(1, reception.inquiry());
			statement.setLong(2, shopId);
			statement.setObject(3, reception.day());
			statement.setLong(4, reception.agent());
			statement.setLong(5, reception.buyerId());
		});
	}

	List<UnreceivedDay> unreceived(long shopId, LocalDate first, LocalDate last) {
		return jdbc.sql("""
				select buyer_id, day, runs, all_cards from unreceived_fact where shop_id = ? and day between ? and ?
				""")
			.params(shopId, first, last)
			.query((row, n) -> new UnreceivedDay(row.getLong(1), row.getObject(2, LocalDate.class), row.getInt(3),
					row.getBoolean(4)))
			.list();
	}

	/** Replaces the credits of these orders under every rule. */
	void replaceCredits(long shopId, Collection<Long> orderIds, List<Credit> credits) {
		if (!orderIds.isEmpty()) {
			jdbc.sql("delete from credited_order where order_id = any(?)")
				.param(orderIds.toArray(Long[]::new))
				.update();
		}
		for (int from = 0; from < credits.size(); from += BATCH * 10) {
			insertCredits(shopId, credits.subList(from, Math.min(credits.size(), from + BATCH * 10)));
		}
	}

	private void insertCredits(long shopId, List<Credit> credits) {
		jdbc.sql("""
				insert into credited_order (order_id, judge_rule, shop_id, agent_id, reception_day, judged_at)
				select o, r, ?, a, d, j
				from unnest(?::bigint[], ?::text[], ?::bigint[], ?::text[]::date[], ?::text[]::timestamptz[])
				    as c(o, r, a, d, j)
				""")
			.params(shopId, credits.stream().map(Credit::orderId).toArray(Long[]::new),
					credits.stream().map(credit -> credit.rule().name()).toArray(String[]::new),
					credits.stream().map(Credit::agent).toArray(Long[]::new),
					credits.stream()
						.map(credit -> Objects.toString(credit.receptionDay(), null))
						.toArray(String[]::new),
					credits.stream().map(credit -> text(credit.judgedAt())).toArray(String[]::new))
			.update();
	}

	/** The stored credits of these orders under every rule, by order. */
	Map<Long, Set<Credit>> creditsOf(Collection<Long> orderIds) {
		Map<Long, Set<Credit>> credits = new HashMap<>();
		if (orderIds.isEmpty()) {
			return credits;
		}
		jdbc.sql("""
				select order_id, judge_rule, agent_id, reception_day, judged_at from credited_order
				where order_id = any(?)
				""").param(orderIds.toArray(Long[]::new)).query(row -> {
			OffsetDateTime judged = row.getObject(5, OffsetDateTime.class);
			credits.computeIfAbsent(row.getLong(1), key -> new HashSet<>())
				.add(new Credit(row.getLong(1), JudgeRule.valueOf(row.getString(2)), row.getObject(3, Long.class),
						row.getObject(4, LocalDate.class), judged == null ? null : judged.toInstant()));
		});
		return credits;
	}

	/**
	 * The agent each of these orders is credited to under a rule (absent: not credited
	 * yet).
	 */
	Map<Long, Credit> credits(Collection<Long> orderIds, JudgeRule rule) {
		Map<Long, Credit> credits = new HashMap<>();
		if (orderIds.isEmpty()) {
			return credits;
		}
		jdbc.sql("""
				select order_id, agent_id, reception_day, judged_at from credited_order
				where order_id = any(?) and judge_rule = ?
				""").params(orderIds.toArray(Long[]::new), rule.name()).query(row -> {
			OffsetDateTime judged = row.getObject(4, OffsetDateTime.class);
			credits.put(row.getLong(1), new Credit(row.getLong(1), rule, row.getObject(2, Long.class),
					row.getObject(3, LocalDate.class), judged == null ? null : judged.toInstant()));
		});
		return credits;
	}

	/** An instant as PostgreSQL reads it, for arrays that JDBC cannot type. */
	private static @Nullable String text(@Nullable Instant instant) {
		return instant == null ? null : utc(instant).toString();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
