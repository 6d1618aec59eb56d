package io.kefu.quality.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kefu.quality.HitStatus;
import io.kefu.quality.Disputes;
import io.kefu.quality.InspectionNote;
import io.kefu.quality.ReceptionKey;
import io.kefu.quality.Rule;
import io.kefu.quality.Scorecard;
import io.kefu.reception.ReceptionStep;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reviews of hits, annotations and scorecards, each keyed by its reception as the figures
 * key it, apart from the inspections, which are rewritten when a period is inspected
 * again.
 */
@Repository
class ReviewStore {

	private static final String RECEPTION = "shop_id = ? and day = ? and agent_id = ? and buyer_id = ?";

	private final JdbcClient jdbc;

	ReviewStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	HitReview hit(ReceptionKey key, Rule rule, long messageId) {
		return jdbc
			.sql("select status, reason, disputed_at, decided_by, decided_at from hit_review where " + RECEPTION
					+ " and rule = ? and message_id = ?")
			.params(key.shopId().value(), key.day(), key.agentId().value(), key.buyerId().value(), rule.name(),
					messageId)
			.query((rs, n) -> new HitReview(HitStatus.valueOf(rs.getString(1)), rs.getString(2), instant(rs, 3),
					(Long) rs.getObject(4), instant(rs, 5)))
			.optional()
			.orElseGet(HitReview::standing);
	}

	/** Disputed hits that the reception's inspection still finds, of one agent or all. */
	Disputes disputesWaiting(ShopId shopId, @Nullable AgentId agentId) {
		return jdbc.sql("""
				select count(*), min(r.day) from hit_review r
				join inspection i using (shop_id, day, agent_id, buyer_id)
				where r.shop_id = ? and r.status = 'DISPUTED' and r.message_id = any(i.hit_message_ids)
				  and (cast(? as bigint) is null or r.agent_id = ?)
				""")
			.params(shopId.value(), agentId == null ? null : agentId.value(), agentId == null ? null : agentId.value())
			.query((rs, n) -> new Disputes(rs.getLong(1), rs.getObject(2, LocalDate.class)))
			.single();
	}

	void save(ReceptionKey key, Rule rule, long messageId, HitReview review) {
		if (review.isUntouched()) {
			jdbc.sql("delete from hit_review where " + RECEPTION + " and rule = ? and message_id = ?")
				.params(key.shopId().value(), key.day(), key.agentId().value(), key.buyerId().value(), rule.name(),
						messageId)
				.update();
			return;
		}
		jdbc.sql("""
				insert into hit_review (shop_id, day, agent_id, buyer_id, rule, message_id, status, reason, disputed_at,
				    decided_by, decided_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (shop_id, day, agent_id, buyer_id, rule, message_id) do update set status = excluded.status,
				    reason = excluded.reason, disputed_at = excluded.disputed_at, decided_by = excluded.decided_by,
				    decided_at = excluded.decided_at
				""")
			.params(key.shopId().value(), key.day(), key.agentId().value(), key.buyerId().value(), rule.name(),
					messageId, review.status().name(), review.reason(), utc(review.disputedAt()), review.decidedBy(),
					utc(review.decidedAt()))
			.update();
	}

	List<InspectionNote> notes(ReceptionKey key) {
		return jdbc
			.sql("select id, message_id, author_id, text, created_at from inspection_note where " + RECEPTION
					+ " order by created_at, id")
			.params(key.shopId().value(), key.day(), key.agentId().value(), key.buyerId().value())
			.query((rs, n) -> new InspectionNote(rs.getLong(1), rs.getLong(2), agent((Long) rs.getObject(3)),
					rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant()))
			.list();
	}

	InspectionNote addNote(ReceptionKey key, long messageId, AgentId authorId, String text, Instant at) {
		long id = jdbc.sql("""
				insert into inspection_note (shop_id, day, agent_id, buyer_id, message_id, author_id, text, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(key.shopId().value(), key.day(), key.agentId().value(), key.buyerId().value(), messageId,
					authorId.value(), text, utc(at))
			.query(Long.class)
			.single();
		return new InspectionNote(id, messageId, authorId, text, at);
	}

	Optional<Scorecard> scorecard(ReceptionKey key) {
		return jdbc.sql("select steps, marks, comment, reviewer_id, reviewed_at from scorecard where " + RECEPTION)
			.params(key.shopId().value(), key.day(), key.agentId().value(), key.buyerId().value())
			.query((rs, n) -> new Scorecard(marks(rs.getArray(1), rs.getArray(2)), rs.getString(3),
					agent((Long) rs.getObject(4)), rs.getObject(5, OffsetDateTime.class).toInstant()))
			.optional();
	}

	void saveScorecard(ReceptionKey key, Scorecard scorecard) {
		String[] steps = scorecard.marks().keySet().stream().map(ReceptionStep::name).toArray(String[]::new);
		Integer[] marks = scorecard.marks().values().toArray(Integer[]::new);
		jdbc.sql(
				"""
						insert into scorecard (shop_id, day, agent_id, buyer_id, steps, marks, comment, reviewer_id, reviewed_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?)
						on conflict (shop_id, day, agent_id, buyer_id) do update set steps = excluded.steps,
						    marks = excluded.marks, comment = excluded.comment, reviewer_id = excluded.reviewer_id,
						    reviewed_at = excluded.reviewed_at
						""")
			.params(key.shopId().value(), key.day(), key.agentId().value(), key.buyerId().value(), steps, marks,
					scorecard.comment(), scorecard.reviewerId() == null ? null : scorecard.reviewerId().value(),
					utc(scorecard.reviewedAt()))
			.update();
	}

	private static Map<ReceptionStep, Integer> marks(Array steps, Array marks) throws SQLException {
		String[] names = (String[]) steps.getArray();
		Integer[] values = (Integer[]) marks.getArray();
		Map<ReceptionStep, Integer> map = new EnumMap<>(ReceptionStep.class);
		for (int i = 0; i < names.length; i++) {
			map.put(ReceptionStep.valueOf(names[i]), values[i]);
		}
		return map;
	}

	private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static @Nullable AgentId agent(@Nullable Long id) {
		return id == null ? null : AgentId.of(id);
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant at) {
		return at == null ? null : at.atOffset(ZoneOffset.UTC);
	}

}
