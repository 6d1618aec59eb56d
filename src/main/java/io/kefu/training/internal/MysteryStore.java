package io.kefu.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.training.MysterySession;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mystery shopper sessions in PostgreSQL. */
@Repository
class MysteryStore {

	private static final String SELECT = """
			select id, shop_id, trainee_id, agent_id, persona, mode, product, sku, buyer_id, node, turns, script_ended,
			status, started_by, started_at, ended_at, product_knowledge, adaptability, wording, attitude, rubric_comment,
			rated_by, rated_at from mystery_session
			""";

	private final JdbcClient jdbc;

	MysteryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(MysterySession s) {
		return jdbc.sql("""
				insert into mystery_session (shop_id, trainee_id, agent_id, persona, mode, product, sku, buyer_id, node,
				status, started_by, started_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?) returning id
				""")
			.params(s.shop().value(), s.traineeId(), s.agent().value(), s.persona(), s.mode().name(), s.product(),
					s.sku(), s.buyer().value(), s.node(), s.startedBy() == null ? null : s.startedBy().value(),
					Timestamp.from(s.startedAt()))
			.query(Long.class)
			.single();
	}

	Optional<MysterySession> find(long id) {
		return jdbc.sql(SELECT + "where id = ?").param(id).query(MysteryStore::map).optional();
	}

	/**
	 * Reads and locks the row until the transaction ends: one turn of the buyer at a
	 * time.
	 */
	Optional<MysterySession> lock(long id) {
		return jdbc.sql(SELECT + "where id = ? for update").param(id).query(MysteryStore::map).optional();
	}

	Optional<MysterySession> runningOfBuyer(long buyerId) {
		return jdbc.sql(SELECT + "where buyer_id = ? and status = 'RUNNING'")
			.param(buyerId)
			.query(MysteryStore::map)
			.optional();
	}

	/**
	 * Locks the trainee's row until the transaction ends: two trainers starting a session
	 * for the same trainee at once start one, and the other hears it is running.
	 */
	void lockTrainee(long traineeId) {
		jdbc.sql("select id from trainee where id = ? for update").param(traineeId).query(Long.class).optional();
	}

	boolean runningOfTrainee(long traineeId) {
		return jdbc.sql("select exists (select 1 from mystery_session where trainee_id = ? and status = 'RUNNING')")
			.param(traineeId)
			.query(Boolean.class)
			.single();
	}

	List<MysterySession> ofTrainee(long traineeId) {
		return jdbc.sql(SELECT + "where trainee_id = ? order by started_at desc, id desc")
			.param(traineeId)
			.query(MysteryStore::map)
			.list();
	}

	void advance(long id, String node, int turns, boolean scriptEnded) {
		jdbc.sql("update mystery_session set node = ?, turns = ?, script_ended = ? where id = ?")
			.params(node, turns, scriptEnded, id)
			.update();
	}

	void end(long id, Instant at) {
		jdbc.sql("update mystery_session set status = 'ENDED', ended_at = ? where id = ?")
			.params(Timestamp.from(at), id)
			.update();
	}

	void rate(long id, MysterySession.Rubric rubric) {
		jdbc.sql("""
				update mystery_session set product_knowledge = ?, adaptability = ?, wording = ?, attitude = ?,
				rubric_comment = ?, rated_by = ?, rated_at = ? where id = ?
				""")
			.params(rubric.productKnowledge(), rubric.adaptability(), rubric.wording(), rubric.attitude(),
					rubric.comment(), rubric.by() == null ? null : rubric.by().value(),
					rubric.at() == null ? null : Timestamp.from(rubric.at()), id)
			.update();
	}

	/** Marks the task ticked; false when it was already. */
	boolean tickOnce(long id) {
		return jdbc.sql("update mystery_session set task_ticked = true where id = ? and not task_ticked")
			.param(id)
			.update() == 1;
	}

	private static MysterySession map(ResultSet rs, int row) throws SQLException {
		MysterySession.Rubric rubric = null;
		if (rs.getObject("product_knowledge") != null) {
			rubric = new MysterySession.Rubric(rs.getInt("product_knowledge"), rs.getInt("adaptability"),
					rs.getInt("wording"), rs.getInt("attitude"), nonNull(rs.getString("rubric_comment")),
					agent(rs, "rated_by"), instant(rs, "rated_at"));
		}
		return new MysterySession(rs.getLong("id"), ShopId.of(rs.getLong("shop_id")), rs.getLong("trainee_id"),
				AgentId.of(rs.getLong("agent_id")), rs.getString("persona"),
				MysterySession.Mode.valueOf(rs.getString("mode")), rs.getString("product"), rs.getString("sku"),
				BuyerId.of(rs.getLong("buyer_id")), rs.getString("node"), rs.getInt("turns"),
				rs.getBoolean("script_ended"), MysterySession.Status.valueOf(rs.getString("status")),
				agent(rs, "started_by"), instant(rs, "started_at"), instant(rs, "ended_at"), rubric);
	}

	private static String nonNull(@Nullable String text) {
		return text == null ? "" : text;
	}

	private static @Nullable AgentId agent(ResultSet rs, String column) throws SQLException {
		Long id = rs.getObject(column, Long.class);
		return id == null ? null : AgentId.of(id);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

}
