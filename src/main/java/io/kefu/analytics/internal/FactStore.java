package io.kefu.analytics.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
		List<Long> ids = new ArrayList<>(batch.size());
		List<ReceptionSummary> sums = batch.stream().map(summary).toList();
		// one statement for the batch, returning the ids its runs refer to, in the
		// batch's order
		template.query(connection -> {
			var statement = connection.prepareStatement(
					"""
							insert into reception_fact (shop_id, day, agent_id, buyer_id, first_in_at, human_times,
							    grace_messages, inquiry, runs, answered_runs, response_seconds, first_response_seconds,
							    window_runs, window_fast_runs, slow_runs, in_messages, human_messages)
							select ?, day, agent_id, buyer_id, first_in_at, string_to_array(times, ',')::timestamptz[],
							    grace_messages, inquiry, runs, answered_runs, response_seconds, first_response_seconds,
							    window_runs, window_fast_runs, slow_runs, in_messages, human_messages
							from unnest(?::date[], ?::bigint[], ?::bigint[], ?::timestamptz[], ?::text[], ?::int[], ?::boolean[],
							    ?::int[], ?::int[], ?::float8[], ?::float8[], ?::int[], ?::int[], ?::int[], ?::int[], ?::int[])
							    with ordinality as r(day, agent_id, buyer_id, first_in_at, times, grace_messages, inquiry,
							        runs, answered_runs, response_seconds, first_response_seconds, window_runs, window_fast_runs,
							        slow_runs, in_messages, human_messages, n)
							order by n
							returning id
							""");
			statement.setLong(1, shopId);
			statement.setArray(2, connection.createArrayOf("date",
					batch.stream().map(reception -> java.sql.Date.valueOf(reception.day())).toArray()));
			statement.setArray(3, connection.createArrayOf("bigint", batch.stream().map(Reception::agent).toArray()));
			statement.setArray(4, connection.createArrayOf("bigint", batch.stream().map(Reception::buyerId).toArray()));
			statement.setArray(5, connection.createArrayOf("timestamptz",
					batch.stream().map(reception -> Timestamp.from(reception.firstInAt())).toArray()));
			statement.setArray(6, connection.createArrayOf("text", batch.stream().map(FactStore::timesText).toArray()));
			statement.setArray(7,
					connection.createArrayOf("int", batch.stream().map(Reception::graceMessages).toArray()));
			statement.setArray(8,
					connection.createArrayOf("boolean", batch.stream().map(Reception::inquiry).toArray()));
			statement.setArray(9, connection.createArrayOf("int", sums.stream().map(ReceptionSummary::runs).toArray()));
			statement.setArray(10,
					connection.createArrayOf("int", sums.stream().map(ReceptionSummary::answeredRuns).toArray()));
			statement.setArray(11,
					connection.createArrayOf("float8", sums.stream().map(ReceptionSummary::responseSeconds).toArray()));
			statement.setArray(12, connection.createArrayOf("float8",
					sums.stream().map(ReceptionSummary::firstResponseSeconds).toArray()));
			statement.setArray(13,
					connection.createArrayOf("int", sums.stream().map(ReceptionSummary::windowRuns).toArray()));
			statement.setArray(14, connection.createArrayOf("int",
					sums.stream().map(ReceptionSummary::windowRunsWithinThreeMinutes).toArray()));
			statement.setArray(15,
					connection.createArrayOf("int", sums.stream().map(ReceptionSummary::slowRuns).toArray()));
			statement.setArray(16,
					connection.createArrayOf("int", sums.stream().map(ReceptionSummary::inMessages).toArray()));
			statement.setArray(17,
					connection.createArrayOf("int", sums.stream().map(ReceptionSummary::humanMessages).toArray()));
			return statement;
		}, (ResultSet row) -> {
			ids.add(row.getLong(1));
		});
		List<RunRow> runs = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			for (QuestionRun run : batch.get(i).runs()) {
				runs.add(new RunRow(ids.get(i), run));
			}
		}
		// one statement of arrays: a JDBC batch would execute every row on its own
		jdbc.sql("""
				insert into run_fact (reception_id, first_message_id, first_at, last_at, messages, all_cards,
				    answered_at)
				select * from unnest(?::bigint[], ?::bigint[], ?::text[]::timestamptz[], ?::text[]::timestamptz[],
				    ?::int[], ?::boolean[], ?::text[]::timestamptz[])
				""")
			.params(runs.stream().map(RunRow::receptionId).toArray(Long[]::new),
					runs.stream().map(row -> row.run().firstMessageId()).toArray(Long[]::new),
					runs.stream().map(row -> text(row.run().firstAt())).toArray(String[]::new),
					runs.stream().map(row -> text(row.run().lastAt())).toArray(String[]::new),
					runs.stream().map(row -> row.run().messages()).toArray(Integer[]::new),
					runs.stream().map(row -> row.run().allCards()).toArray(Boolean[]::new),
					runs.stream().map(row -> text(row.run().answeredAt())).toArray(String[]::new))
			.update();
	}

	/** Human message times as one text, because JDBC cannot pass an array of arrays. */
	private static String timesText(Reception reception) {
		StringBuilder text = new StringBuilder();
		for (Instant time : reception.humanMessageTimes()) {
			if (!text.isEmpty()) {
				text.append(',');
			}
			text.append(utc(time));
		}
		return text.toString();
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
			List<Instant> times = new ArrayList<>();
			for (Object time : (Object[]) row.getArray(5).getArray()) {
				times.add(((Timestamp) time).toInstant());
			}
			return new ChatTrail(row.getLong(1), row.getLong(2), row.getObject(3, LocalDate.class),
					row.getObject(4, OffsetDateTime.class).toInstant(), times);
		}).list();
	}

	private List<Reception> receptionsWhere(String condition, Object... params) {
		Map<Long, StoredReception> byId = new LinkedHashMap<>();
		jdbc.sql("""
				select r.id, r.agent_id, r.buyer_id, r.day, r.human_times, r.grace_messages, r.inquiry,
				    f.first_message_id, f.first_at, f.last_at, f.messages, f.all_cards, f.answered_at
				from reception_fact r join run_fact f on f.reception_id = r.id
				where\s""" + condition + " order by r.day, r.id, f.first_at").params(params).query(row -> {
			long id = row.getLong(1);
			StoredReception reception = byId.computeIfAbsent(id, key -> stored(row));
			OffsetDateTime answeredAt = row.getObject(13, OffsetDateTime.class);
			reception.runs.add(new QuestionRun(reception.buyerId, reception.day, row.getLong(8),
					row.getObject(9, OffsetDateTime.class).toInstant(),
					row.getObject(10, OffsetDateTime.class).toInstant(), row.getInt(11), row.getBoolean(12),
					answeredAt == null ? null : answeredAt.toInstant(), reception.agent));
		});
		return byId.values().stream().map(StoredReception::reception).toList();
	}

	private static StoredReception stored(ResultSet row) {
		try {
			List<Instant> times = new ArrayList<>();
			Array array = row.getArray(5);
			for (Object time : (Object[]) array.getArray()) {
				times.add(((Timestamp) time).toInstant());
			}
			return new StoredReception(row.getLong(2), row.getLong(3), row.getObject(4, LocalDate.class), times,
					row.getInt(6), row.getBoolean(7), new ArrayList<>());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read a reception fact", ex);
		}
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

	private record RunRow(long receptionId, QuestionRun run) {
	}

	private record StoredReception(long agent, long buyerId, LocalDate day, List<Instant> humanTimes, int grace,
			boolean inquiry, List<QuestionRun> runs) {

		Reception reception() {
			return new Reception(agent, buyerId, day, runs, humanTimes, grace, inquiry);
		}
	}

}
