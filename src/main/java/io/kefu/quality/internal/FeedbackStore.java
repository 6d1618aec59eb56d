package io.kefu.quality.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.kefu.customer.BuyerId;
import io.kefu.quality.BuyerFeedback;
import io.kefu.quality.NewFeedback;
import io.kefu.quality.ReceptionKey;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Buyers' ratings and complaints, one row each. */
@Repository
class FeedbackStore {

	private static final String COLUMNS = "id, shop_id, agent_id, buyer_id, day, kind, rating, status, note, "
			+ "recorded_by, recorded_at";

	private final JdbcClient jdbc;

	FeedbackStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	BuyerFeedback add(ShopId shopId, NewFeedback feedback, BuyerFeedback.Status status, AgentId recordedBy,
			Instant at) {
		long id = jdbc.sql("""
				insert into buyer_feedback (shop_id, agent_id, buyer_id, day, kind, rating, status, note, recorded_by,
				    recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(shopId.value(), feedback.agentId().value(),
					feedback.buyerId() == null ? null : feedback.buyerId().value(), feedback.day(),
					feedback.kind().name(), feedback.rating(), status.name(), feedback.note(), recordedBy.value(),
					at.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
		return new BuyerFeedback(id, shopId, feedback.agentId(), feedback.buyerId(), feedback.day(), feedback.kind(),
				feedback.rating(), status, feedback.note(), recordedBy, at);
	}

	/** Holds the row for the caller's transaction. */
	Optional<BuyerFeedback> lock(ShopId shopId, long id) {
		return jdbc.sql("select " + COLUMNS + " from buyer_feedback where shop_id = ? and id = ? for update")
			.params(shopId.value(), id)
			.query((rs, n) -> feedback(rs))
			.optional();
	}

	void changeStatus(BuyerFeedback feedback) {
		jdbc.sql("update buyer_feedback set status = ? where id = ?")
			.params(feedback.status().name(), feedback.id())
			.update();
	}

	List<BuyerFeedback> between(ShopId shopId, LocalDate from, LocalDate to, @Nullable AgentId agentId) {
		Long agent = agentId == null ? null : agentId.value();
		return jdbc
			.sql("select " + COLUMNS + " from buyer_feedback where shop_id = ? and day between ? and ?"
					+ " and (?::bigint is null or agent_id = ?) order by day desc, recorded_at desc, id desc")
			.params(shopId.value(), from, to, agent, agent)
			.query((rs, n) -> feedback(rs))
			.list();
	}

	List<BuyerFeedback> ofReception(ReceptionKey key) {
		return jdbc
			.sql("select " + COLUMNS + " from buyer_feedback where shop_id = ? and day = ? and agent_id = ?"
					+ " and buyer_id = ? order by recorded_at, id")
			.params(key.shopId().value(), key.day(), key.agentId().value(), key.buyerId().value())
			.query((rs, n) -> feedback(rs))
			.list();
	}

	private static BuyerFeedback feedback(ResultSet rs) throws SQLException {
		Long buyer = (Long) rs.getObject(4);
		Long recordedBy = (Long) rs.getObject(10);
		return new BuyerFeedback(rs.getLong(1), ShopId.of(rs.getLong(2)), AgentId.of(rs.getLong(3)),
				buyer == null ? null : BuyerId.of(buyer), rs.getObject(5, LocalDate.class),
				BuyerFeedback.Kind.valueOf(rs.getString(6)), (Integer) rs.getObject(7),
				BuyerFeedback.Status.valueOf(rs.getString(8)), rs.getString(9),
				recordedBy == null ? null : AgentId.of(recordedBy), rs.getObject(11, OffsetDateTime.class).toInstant());
	}

}
