package io.kefu.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import io.kefu.analytics.FigureSettings;
import io.kefu.shop.Shop;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark's baseline: receptions, replied receptions, answered runs and their
 * summed response time per agent, computed straight from the message table by PostgreSQL
 * with window functions. A run is the buyer messages of a business day that share the
 * count of human agent messages before them; its answer is the next human message.
 */
class SqlReceptionFigures {

	/**
	 * Question runs with their answer and owner, as CTEs for the queries below to finish.
	 */
	private static final String SESSIONS = """
			with m as (
			    select m.id, m.thread_id, t.buyer_id, m.direction, m.kind, m.agent_id, m.sent_at,
			        ((m.sent_at at time zone :zone) - cast(:split as interval))::date as day,
			        (m.direction = 'OUT' and m.kind in ('TEXT', 'MEDIA', 'CARD')) as human
			    from message m join thread t on t.id = m.thread_id join buyer b on b.id = t.buyer_id
			    where m.shop_id = :shop and m.kind <> 'SYSTEM' and m.sent_at >= :start and m.sent_at < :until
			        and not (b.nick = any(:own))
			), numbered as (
			    select m.*, count(*) filter (where human) over (partition by buyer_id order by sent_at, id) as humans
			    from m
			), runs as (
			    select buyer_id, min(thread_id) as thread_id, day, humans, min(sent_at) as first_at,
			        (array_agg(sent_at order by sent_at desc, id desc))[1] as last_at,
			        (array_agg(id order by sent_at desc, id desc))[1] as last_id,
			        bool_and(kind = 'CARD') as all_cards
			    from numbered where direction = 'IN' and day between :first and :last
			    group by buyer_id, day, humans
			), judged as (
			    select r.*, a.sent_at as answer_at, a.agent_id as answer_agent,
			        coalesce(a.sent_at < ((r.day + 1) + cast(:split as interval)) at time zone :zone
			            + cast(:grace as interval), false) as answered
			    from runs r left join numbered a on a.human and a.buyer_id = r.buyer_id and a.humans = r.humans + 1
			), owned as (
			    select j.*, coalesce(case when j.answered then j.answer_agent end, before.agent_id, after.agent_id) as owner
			    from judged j
			    left join lateral (
			        select o.agent_id from message o
			        where o.thread_id = j.thread_id and o.direction = 'OUT' and o.kind <> 'SYSTEM' and o.agent_id is not null
			            and (o.sent_at, o.id) < (j.last_at, j.last_id)
			            and o.sent_at >= (j.day + cast(:split as interval)) at time zone :zone
			        order by o.sent_at desc, o.id desc limit 1
			    ) before on not (j.answered and j.answer_agent is not null)
			    left join lateral (
			        select o.agent_id from message o
			        where o.thread_id = j.thread_id and o.direction = 'OUT' and o.kind <> 'SYSTEM' and o.agent_id is not null
			            and (o.sent_at, o.id) > (j.last_at, j.last_id)
			            and o.sent_at < ((j.day + 1) + cast(:split as interval)) at time zone :zone
			        order by o.sent_at, o.id limit 1
			    ) after on not (j.answered and j.answer_agent is not null)
			""";

	private static final String RECEPTIONS = SESSIONS + """
			), receptions as (
			    select owner, buyer_id, day, bool_and(all_cards) as empty,
			        count(*) filter (where answered) as answered_runs,
			        coalesce(sum(extract(epoch from answer_at - first_at)) filter (where answered), 0) as response
			    from owned where owner is not null
			    group by owner, buyer_id, day
			)
			select owner, count(*) as receptions, count(*) filter (where answered_runs > 0) as replied,
			    sum(answered_runs) as answered_runs, sum(response) as response
			from receptions where not (empty and :filterEmpty)
			group by owner order by owner
			""";

	private static final String SALES_BY_ORDER_RULE = SESSIONS + """
			), kept as (
			    select owner, buyer_id, day, min(thread_id) as thread_id, min(first_at) as first_in
			    from owned where owner is not null
			    group by owner, buyer_id, day
			    having not (bool_and(all_cards) and :filterEmpty)
			), sold as (
			    select o.id, o.buyer_id, o.created_at, o.paid_amount
			    from shop_order o join buyer b on b.id = o.buyer_id
			    where o.shop_id = :shop and o.paid_at >= :start and o.paid_at < :end and not (b.nick = any(:own))
			        and not (coalesce(o.flag, '') = any(:excludedFlags))
			), candidates as (
			    select o.id, k.owner, k.day, latest.sent_at as latest
			    from sold o join kept k on k.buyer_id = o.buyer_id and k.first_in < o.created_at
			        and ((o.created_at at time zone :zone) - cast(:split as interval))::date
			            between k.day and k.day + (:validity - 1)
			    cross join lateral (
			        select max(h.sent_at) as sent_at from message h
			        where h.thread_id = k.thread_id and h.agent_id = k.owner and h.direction = 'OUT'
			            and h.kind in ('TEXT', 'MEDIA', 'CARD')
			            and h.sent_at >= (k.day + cast(:split as interval)) at time zone :zone
			            and h.sent_at < least(o.created_at,
			                ((k.day + 1) + cast(:split as interval)) at time zone :zone + cast(:grace as interval))
			    ) latest
			    where latest.sent_at is not null
			), winners as (
			    select distinct on (id) id, owner from candidates order by id, latest desc, day desc, owner
			)
			select w.owner, sum(o.paid_amount) from winners w join sold o on o.id = w.id group by w.owner order by 1
			""";

	private final JdbcClient jdbc;

	SqlReceptionFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<Long, AgentReceptions> perAgent(Shop shop, FigureSettings settings, Collection<String> ownAccounts,
			LocalDate first, LocalDate last) {
		Map<Long, AgentReceptions> figures = new LinkedHashMap<>();
		bound(RECEPTIONS, shop, settings, ownAccounts, first, last).query(row -> {
			figures.put(row.getLong(1),
					new AgentReceptions(row.getLong(2), row.getLong(3), row.getLong(4), row.getDouble(5)));
		});
		return figures;
	}

	/**
	 * Each agent's sales (客服销售额) of the days when every order is credited at its creation
	 * (下单判定): the buyer's eligible reception whose latest human message before the order
	 * wins.
	 */
	Map<Long, BigDecimal> salesByOrderRule(Shop shop, FigureSettings settings, Collection<String> ownAccounts,
			LocalDate first, LocalDate last) {
		Map<Long, BigDecimal> sales = new LinkedHashMap<>();
		bound(SALES_BY_ORDER_RULE, shop, settings, ownAccounts, first, last)
			.param("end", shop.startOf(last.plusDays(1)).atOffset(ZoneOffset.UTC))
			.param("validity", settings.validityDays())
			.param("excludedFlags", settings.excludedFlags().stream().map(Enum::name).toArray(String[]::new))
			.query(row -> {
				sales.put(row.getLong(1), row.getBigDecimal(2));
			});
		return sales;
	}

	private JdbcClient.StatementSpec bound(String sql, Shop shop, FigureSettings settings,
			Collection<String> ownAccounts, LocalDate first, LocalDate last) {
		Instant start = shop.startOf(first);
		Instant until = shop.startOf(last.plusDays(1)).plus(settings.grace());
		return jdbc.sql(sql)
			.param("zone", shop.timeZone().getId())
			.param("split", shop.daySplit().toString())
			.param("grace", settings.grace().toMinutes() + " minutes")
			.param("shop", shop.id().value())
			.param("start", start.atOffset(ZoneOffset.UTC))
			.param("until", until.atOffset(ZoneOffset.UTC))
			.param("own", ownAccounts.toArray(String[]::new))
			.param("first", first)
			.param("last", last)
			.param("filterEmpty", settings.filterEmptyChats());
	}

	/** What the baseline computes per agent. */
	record AgentReceptions(long receptions, long replied, long answeredRuns, double responseSeconds) {
	}

}
