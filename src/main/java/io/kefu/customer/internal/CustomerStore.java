package io.kefu.customer.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.kefu.customer.Activity;
import io.kefu.customer.ActivityKind;
import io.kefu.customer.Call;
import io.kefu.customer.CallEtiquette;
import io.kefu.customer.CallOutcome;
import io.kefu.customer.CustomerGroup;
import io.kefu.customer.CustomerQuery;
import io.kefu.customer.GroupRule;
import io.kefu.customer.NewActivity;
import io.kefu.customer.NewCall;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The CRM's rows: notes, tags, groups and their members, activities and calls. */
@Repository
class CustomerStore {

	private final JdbcClient jdbc;

	CustomerStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A buyer as listed; {@code total} is the count of the whole search. */
	record Listed(long id, String nick, @Nullable String phone, @Nullable String region, Instant firstSeen,
			long total) {
	}

	List<Listed> search(long shopId, CustomerQuery query) {
		StringBuilder sql = new StringBuilder("""
				select b.id, b.nick, b.phone, b.region, b.first_seen, count(*) over () as total from buyer b
				where b.shop_id = :shop
				""");
		Map<String, Object> params = new HashMap<>();
		params.put("shop", shopId);
		if (query.q() != null) {
			sql.append(" and b.nick ilike :q escape '\\'");
			params.put("q", "%" + query.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (query.tag() != null) {
			sql.append(" and exists (select 1 from customer_tag t where t.buyer_id = b.id and t.tag = :tag)");
			params.put("tag", query.tag());
		}
		if (query.group() != null) {
			sql.append("""
					 and exists (select 1 from customer_group_member m join customer_group g on g.id = m.group_id
					where m.buyer_id = b.id and g.shop_id = :shop and g.name = :group)
					""");
			params.put("group", query.group());
		}
		sql.append(" order by b.first_seen desc, b.id desc limit :size offset :offset");
		params.put("size", CustomerQuery.PAGE_SIZE);
		params.put("offset", (query.page() - 1) * CustomerQuery.PAGE_SIZE);
		return jdbc.sql(sql.toString())
			.params(params)
			.query((rs, row) -> new Listed(rs.getLong("id"), rs.getString("nick"), rs.getString("phone"),
					rs.getString("region"), instant(rs, "first_seen"), rs.getLong("total")))
			.list();
	}

	Optional<Listed> find(long shopId, long buyerId) {
		return jdbc
			.sql("select id, nick, phone, region, first_seen, 1 as total from buyer where shop_id = ? and id = ?")
			.params(shopId, buyerId)
			.query((rs, row) -> new Listed(rs.getLong("id"), rs.getString("nick"), rs.getString("phone"),
					rs.getString("region"), instant(rs, "first_seen"), 1))
			.optional();
	}

	Map<Long, List<String>> tags(Collection<Long> buyerIds) {
		Map<Long, List<String>> tags = new HashMap<>();
		jdbc.sql("select buyer_id, tag from customer_tag where buyer_id = any(?) order by added_at, tag")
			.param(buyerIds.toArray(Long[]::new))
			.query(rs -> {
				tags.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
			});
		return tags;
	}

	Map<Long, List<String>> groupNames(Collection<Long> buyerIds) {
		Map<Long, List<String>> groups = new HashMap<>();
		jdbc.sql("""
				select m.buyer_id, g.name from customer_group_member m join customer_group g on g.id = m.group_id
				where m.buyer_id = any(?) order by g.name
				""").param(buyerIds.toArray(Long[]::new)).query(rs -> {
			groups.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
		});
		return groups;
	}

	String notes(long buyerId) {
		return jdbc.sql("select notes from customer_note where buyer_id = ?")
			.param(buyerId)
			.query(String.class)
			.optional()
			.orElse("");
	}

	void setNotes(long shopId, long buyerId, String notes, long agentId, Instant at) {
		jdbc.sql("""
				insert into customer_note (buyer_id, shop_id, notes, updated_by, updated_at) values (?, ?, ?, ?, ?)
				on conflict (buyer_id) do update set notes = excluded.notes, updated_by = excluded.updated_by,
				updated_at = excluded.updated_at
				""").params(buyerId, shopId, notes, agentId, ts(at)).update();
	}

	void setTags(long shopId, long buyerId, List<String> tags, long agentId, Instant at) {
		jdbc.sql("delete from customer_tag where buyer_id = ? and tag <> all(?)")
			.params(buyerId, tags.toArray(String[]::new))
			.update();
		for (String tag : tags) {
			jdbc.sql("""
					insert into customer_tag (buyer_id, shop_id, tag, added_by, added_at) values (?, ?, ?, ?, ?)
					on conflict do nothing
					""").params(buyerId, shopId, tag, agentId, ts(at)).update();
		}
	}

	/**
	 * Sets the buyer's groups to these: left groups lose the buyer, new ones gain them.
	 */
	void setGroups(long buyerId, Collection<Long> groupIds, long agentId, Instant at) {
		jdbc.sql("delete from customer_group_member where buyer_id = ? and group_id <> all(?)")
			.params(buyerId, groupIds.toArray(Long[]::new))
			.update();
		addMembers(groupIds.stream().toList(), List.of(buyerId), "HAND", agentId, at);
	}

	int addMembers(List<Long> groupIds, List<Long> buyerIds, String how, @Nullable Long agentId, Instant at) {
		int added = 0;
		for (long groupId : groupIds) {
			added += jdbc.sql("""
					insert into customer_group_member (group_id, buyer_id, how, added_by, added_at)
					select ?, b, ?, ?, ? from unnest(?::bigint[]) as b on conflict do nothing
					""").params(groupId, how, agentId, ts(at), buyerIds.toArray(Long[]::new)).update();
		}
		return added;
	}

	/** The ids of these buyers that are the shop's. */
	List<Long> buyersOf(long shopId, Collection<Long> buyerIds) {
		return jdbc.sql("select id from buyer where shop_id = ? and id = any(?)")
			.params(shopId, buyerIds.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

	List<CustomerGroup> groups(long shopId) {
		return jdbc.sql("""
				select g.id, g.name, g.min_spend, g.min_orders, g.low_rating,
				(select count(*) from customer_group_member m where m.group_id = g.id) as members
				from customer_group g where g.shop_id = ? order by g.name
				""")
			.param(shopId)
			.query((rs, row) -> new CustomerGroup(rs.getLong("id"), rs.getString("name"),
					rs.getObject("min_spend", BigDecimal.class), rs.getObject("min_orders", Integer.class),
					rs.getBoolean("low_rating"), rs.getInt("members")))
			.list();
	}

	/**
	 * @return the new group's id, or empty when the shop has a group of that name
	 */
	Optional<Long> openGroup(long shopId, GroupRule rule, Instant at) {
		return jdbc.sql("""
				insert into customer_group (shop_id, name, min_spend, min_orders, low_rating, created_at)
				values (?, ?, ?, ?, ?, ?) on conflict (shop_id, name) do nothing returning id
				""")
			.params(shopId, rule.name(), rule.minSpend(), rule.minOrders(), rule.lowRating(), ts(at))
			.query(Long.class)
			.optional();
	}

	void recordActivity(long shopId, long buyerId, NewActivity activity, long agentId, Instant at) {
		jdbc.sql("""
				insert into customer_activity (shop_id, buyer_id, kind, happened_at, summary, agent_id, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(shopId, buyerId, activity.kind().name(), ts(activity.happenedAt()), activity.summary(), agentId,
					ts(at))
			.update();
	}

	List<Activity> activities(long buyerId, Map<Long, String> agents, int limit) {
		return jdbc
			.sql("select kind, happened_at, summary, agent_id from customer_activity where buyer_id = ?"
					+ " order by happened_at desc, id desc limit ?")
			.params(buyerId, limit)
			.query((rs, row) -> new Activity(ActivityKind.valueOf(rs.getString("kind")), instant(rs, "happened_at"),
					"recorded", List.of(rs.getString("summary")), agents.get(rs.getObject("agent_id", Long.class)),
					null))
			.list();
	}

	long recordCall(long shopId, long buyerId, NewCall call, long agentId, Instant at) {
		return jdbc
			.sql("""
					insert into customer_call (shop_id, buyer_id, agent_id, direction, started_at, duration_seconds, outcome,
					notes, etiquette, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
					""")
			.params(shopId, buyerId, agentId, call.outgoing() ? "OUT" : "IN", ts(call.startedAt()),
					call.durationSeconds(), call.outcome().name(), call.notes(),
					call.etiquette().stream().map(Enum::name).sorted().toArray(String[]::new), ts(at))
			.query(Long.class)
			.single();
	}

	List<Call> calls(long buyerId, Map<Long, String> agents, int limit) {
		return jdbc.sql("""
				select id, buyer_id, agent_id, direction, started_at, duration_seconds, outcome, notes, etiquette
				from customer_call where buyer_id = ? order by started_at desc, id desc limit ?
				""").params(buyerId, limit).query((rs, row) -> call(rs, agents)).list();
	}

	private static Call call(ResultSet rs, Map<Long, String> agents) throws SQLException {
		Long agent = rs.getObject("agent_id", Long.class);
		Array steps = rs.getArray("etiquette");
		Set<CallEtiquette> etiquette = EnumSet.noneOf(CallEtiquette.class);
		Arrays.stream((String[]) steps.getArray()).map(CallEtiquette::valueOf).forEach(etiquette::add);
		return new Call(rs.getLong("id"), rs.getLong("buyer_id"), agent, agent == null ? null : agents.get(agent),
				"OUT".equals(rs.getString("direction")), instant(rs, "started_at"), rs.getInt("duration_seconds"),
				CallOutcome.valueOf(rs.getString("outcome")), rs.getString("notes"), etiquette);
	}

	/**
	 * Blanks the buyer and deletes what the CRM keeps of them, and logs it. The nick
	 * becomes one that names no person and stays unique in the shop.
	 */
	void erase(long shopId, long buyerId, long agentId, Instant at) {
		jdbc.sql("update buyer set nick = ?, phone = null, region = null where id = ? and shop_id = ?")
			.params(ERASED_NICK + buyerId, buyerId, shopId)
			.update();
		for (String table : List.of("customer_note", "customer_tag", "customer_group_member", "customer_activity",
				"customer_call")) {
			jdbc.sql("delete from " + table + " where buyer_id = ?").param(buyerId).update();
		}
		jdbc.sql("insert into buyer_erasure (shop_id, buyer_id, erased_by, erased_at) values (?, ?, ?, ?)")
			.params(shopId, buyerId, agentId, ts(at))
			.update();
	}

	/** What an erased buyer is called from then on, before their id. */
	static final String ERASED_NICK = "erased#";

	private static Timestamp ts(Instant at) {
		return Timestamp.from(at);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
