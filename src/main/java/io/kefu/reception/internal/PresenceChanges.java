package io.kefu.reception.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.kefu.reception.Presence;
import io.kefu.reception.PresenceHistory;
import io.kefu.reception.PresenceSpan;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every change of an agent's presence, appended by {@link PresenceDesk} and never
 * changed; read back as the spans each agent was at the desk.
 */
@Repository
class PresenceChanges implements PresenceHistory {

	/**
	 * The shop's agents with a change before the period ends, found by skipping from one
	 * agent to the next along the index rather than reading every change of the past.
	 */
	private static final String EVERY_AGENT = """
			with recursive agents(id) as (
			    select min(agent_id) from presence_history where shop_id = :shop and at < :to
			    union all
			    select (select min(agent_id) from presence_history
			            where shop_id = :shop and at < :to and agent_id > agents.id)
			    from agents where agents.id is not null
			)
			""";

	private static final String ONE_AGENT = "with agents(id) as (select cast(:agent as bigint))\n";

	/** Where each agent stood when the period began, then what changed during it. */
	private static final String CHANGES = """
			select a.id as agent_id, before.presence, before.at, before.id as seq from agents a
			cross join lateral (select h.id, h.presence, h.at from presence_history h
			                    where h.shop_id = :shop and h.agent_id = a.id and h.at <= :from
			                    order by h.at desc, h.id desc limit 1) before
			union all
			select h.agent_id, h.presence, h.at, h.id from presence_history h join agents a on a.id = h.agent_id
			where h.shop_id = :shop and h.at > :from and h.at < :to
			order by agent_id, at, seq
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	PresenceChanges(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public java.util.Optional<Instant> since(ShopId shop) {
		return jdbc.sql("select min(at) from presence_history where shop_id = ?")
			.param(shop.value())
			.query((rs, row) -> rs.getTimestamp(1))
			.optional()
			.filter(java.util.Objects::nonNull)
			.map(java.sql.Timestamp::toInstant);
	}

	/** The agent's presence became {@code presence} at {@code at}. */
	void append(long agentId, long shopId, Presence presence, Instant at) {
		jdbc.sql("insert into presence_history (agent_id, shop_id, presence, at) values (?, ?, ?, ?)")
			.params(agentId, shopId, presence.name(), Timestamp.from(at))
			.update();
	}

	@Override
	public List<PresenceSpan> of(ShopId shop, @Nullable AgentId agent, Instant from, Instant to) {
		Instant end = to.isAfter(clock.instant()) ? clock.instant() : to;
		if (!end.isAfter(from)) {
			return List.of();
		}
		var query = jdbc.sql((agent == null ? EVERY_AGENT : ONE_AGENT) + CHANGES)
			.param("shop", shop.value())
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(end));
		if (agent != null) {
			query = query.param("agent", agent.value());
		}
		List<DeskSpans.Change> changes = query
			.query((rs, row) -> new DeskSpans.Change(AgentId.of(rs.getLong("agent_id")),
					Presence.valueOf(rs.getString("presence")), rs.getTimestamp("at").toInstant()))
			.list();
		return DeskSpans.of(changes, from, end);
	}

}
