package io.kefu.quality.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kefu.customer.BuyerId;
import io.kefu.quality.HitStatus;
import io.kefu.quality.ReceptionKey;
import io.kefu.quality.Rule;
import io.kefu.quality.Severity;
import io.kefu.quality.StoredInspection;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Inspections, one row a reception with its hits as arrays; the reviews of hits apart,
 * keyed by what the hit is (reception, rule, message), so that they outlive the
 * inspection they were made on.
 */
@Repository
class InspectionStore {

	private static final int BATCH = 1_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	InspectionStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** One reception's inspection as the rules made it. */
	record Inspected(ReceptionKey reception, int score, List<FoundHit> hits) {
	}

	record FoundHit(Rule rule, long messageId, Severity severity, int weight) {
	}

	/** Holds the shop's inspections for the caller's transaction. */
	void lockShop(long shopId) {
		jdbc.sql("select pg_advisory_xact_lock(4243, ?::int)").param(shopId).query((rs, n) -> 1).list();
	}

	/**
	 * Replaces the inspections of the shop's days from first to last; the caller's
	 * transaction.
	 */
	void replaceDays(long shopId, LocalDate first, LocalDate last, List<Inspected> inspected, int rulesVersion,
			Instant at) {
		jdbc.sql("delete from inspection where shop_id = ? and day between ? and ?")
			.params(shopId, first, last)
			.update();
		OffsetDateTime inspectedAt = at.atOffset(ZoneOffset.UTC);
		template.batchUpdate("""
				insert into inspection (shop_id, day, agent_id, buyer_id, score, rules_version, inspected_at, hit_rules,
				    hit_message_ids, hit_severities, hit_weights)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", inspected, BATCH, (statement, row) -> {
			ReceptionKey key = row.reception();
			statement.setLong(1, key.shopId().value());
			statement.setObject(2, key.day());
			statement.setLong(3, key.agentId().value());
			statement.setLong(4, key.buyerId().value());
			statement.setInt(5, row.score());
			statement.setInt(6, rulesVersion);
			statement.setObject(7, inspectedAt);
			var connection = statement.getConnection();
			statement.setArray(8,
					connection.createArrayOf("text", row.hits().stream().map(hit -> hit.rule().name()).toArray()));
			statement.setArray(9,
					connection.createArrayOf("bigint", row.hits().stream().map(FoundHit::messageId).toArray()));
			statement.setArray(10,
					connection.createArrayOf("text", row.hits().stream().map(hit -> hit.severity().name()).toArray()));
			statement.setArray(11,
					connection.createArrayOf("integer", row.hits().stream().map(FoundHit::weight).toArray()));
		});
	}

	List<StoredInspection> between(long shopId, LocalDate from, LocalDate to, @Nullable Long agentId) {
		Map<String, Review> reviews = reviews(shopId, from, to, agentId);
		String agent = agentId == null ? "" : " and agent_id = " + agentId;
		return jdbc
			.sql("""
					select day, agent_id, buyer_id, rules_version, inspected_at, hit_rules, hit_message_ids,
					    hit_severities, hit_weights
					from inspection where shop_id = ? and day between ? and ?""" + agent
					+ " order by day, agent_id, buyer_id")
			.params(shopId, from, to)
			.query((rs, n) -> inspection(shopId, rs, reviews))
			.list();
	}

	/**
	 * One reception's inspection; {@code forUpdate} holds its row for the caller's
	 * transaction, so that two reviews of its hits, or a review and inspecting its day
	 * again, take turns.
	 */
	Optional<StoredInspection> find(ReceptionKey key, boolean forUpdate) {
		Map<String, Review> reviews = new HashMap<>();
		jdbc.sql("select rule, message_id, status, reason from hit_review"
				+ " where shop_id = ? and day = ? and agent_id = ? and buyer_id = ?")
			.params(key.shopId().value(), key.day(), key.agentId().value(), key.buyerId().value())
			.query(rs -> {
				reviews.put(reviewKey(key, rs.getString(1), rs.getLong(2)),
						new Review(HitStatus.valueOf(rs.getString(3)), rs.getString(4)));
			});
		return jdbc
			.sql("""
					select day, agent_id, buyer_id, rules_version, inspected_at, hit_rules, hit_message_ids,
					    hit_severities, hit_weights
					from inspection where shop_id = ? and day = ? and agent_id = ? and buyer_id = ?"""
					+ (forUpdate ? " for update" : ""))
			.params(key.shopId().value(), key.day(), key.agentId().value(), key.buyerId().value())
			.query((rs, n) -> inspection(key.shopId().value(), rs, reviews))
			.optional();
	}

	private static StoredInspection inspection(long shopId, ResultSet rs, Map<String, Review> reviews)
			throws SQLException {
		ReceptionKey key = new ReceptionKey(ShopId.of(shopId), rs.getObject(1, LocalDate.class),
				AgentId.of(rs.getLong(2)), BuyerId.of(rs.getLong(3)));
		String[] rules = strings(rs.getArray(6));
		Long[] messages = (Long[]) rs.getArray(7).getArray();
		String[] severities = strings(rs.getArray(8));
		Integer[] weights = (Integer[]) rs.getArray(9).getArray();
		List<StoredInspection.Hit> hits = new ArrayList<>(rules.length);
		for (int i = 0; i < rules.length; i++) {
			Review review = reviews.get(reviewKey(key, rules[i], messages[i]));
			hits.add(new StoredInspection.Hit(Rule.valueOf(rules[i]), messages[i], Severity.valueOf(severities[i]),
					weights[i], review == null ? HitStatus.STANDING : review.status(),
					review == null ? null : review.reason()));
		}
		return StoredInspection.of(key, rs.getInt(4), rs.getObject(5, OffsetDateTime.class).toInstant(), hits);
	}

	private Map<String, Review> reviews(long shopId, LocalDate from, LocalDate to, @Nullable Long agentId) {
		String agent = agentId == null ? "" : " and agent_id = " + agentId;
		Map<String, Review> reviews = new HashMap<>();
		jdbc.sql("select day, agent_id, buyer_id, rule, message_id, status, reason from hit_review"
				+ " where shop_id = ? and day between ? and ?" + agent)
			.params(shopId, from, to)
			.query(rs -> {
				ReceptionKey key = new ReceptionKey(ShopId.of(shopId), rs.getObject(1, LocalDate.class),
						AgentId.of(rs.getLong(2)), BuyerId.of(rs.getLong(3)));
				reviews.put(reviewKey(key, rs.getString(4), rs.getLong(5)),
						new Review(HitStatus.valueOf(rs.getString(6)), rs.getString(7)));
			});
		return reviews;
	}

	private static String reviewKey(ReceptionKey key, String rule, long messageId) {
		return key.day() + "/" + key.agentId().value() + "/" + key.buyerId().value() + "/" + rule + "/" + messageId;
	}

	private static String[] strings(Array array) throws SQLException {
		return (String[]) array.getArray();
	}

	private record Review(HitStatus status, @Nullable String reason) {
	}

}
