package io.kefu.reception.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kefu.reception.OfflineMessage;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Offline messages (留言) left by buyers when no agent was at the desk. */
@Repository
class OfflineMessages {

	private static final String SELECT = """
			select id, shop_id, buyer_id, conversation_id, skill_group, content, contact, left_at, handled_by, handled_at
			from offline_message
			""";

	private final JdbcClient jdbc;

	OfflineMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long add(long shopId, long buyerId, @Nullable Long conversationId, SkillGroup group, String content,
			@Nullable String contact, Instant at) {
		return jdbc.sql("""
				insert into offline_message (shop_id, buyer_id, conversation_id, skill_group, content, contact, left_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(shopId, buyerId, conversationId, group.name(), content, contact, Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	Optional<OfflineMessage> find(long id, Map<Long, String> buyerNicks) {
		return jdbc.sql(SELECT + "where id = ?").param(id).query((rs, row) -> map(rs, buyerNicks)).optional();
	}

	Optional<Long> shopOf(long id) {
		return jdbc.sql("select shop_id from offline_message where id = ?").param(id).query(Long.class).optional();
	}

	List<Long> openBuyers(long shopId) {
		return jdbc.sql("select distinct buyer_id from offline_message where shop_id = ? and handled_at is null")
			.param(shopId)
			.query(Long.class)
			.list();
	}

	List<OfflineMessage> open(long shopId, Map<Long, String> buyerNicks) {
		return jdbc.sql(SELECT + "where shop_id = ? and handled_at is null order by left_at, id")
			.param(shopId)
			.query((rs, row) -> map(rs, buyerNicks))
			.list();
	}

	/**
	 * @return false when it was handled already
	 */
	boolean markHandled(long id, long agentId, Instant at) {
		return jdbc.sql("update offline_message set handled_by = ?, handled_at = ? where id = ? and handled_at is null")
			.params(agentId, Timestamp.from(at), id)
			.update() == 1;
	}

	private static OfflineMessage map(ResultSet rs, Map<Long, String> buyerNicks) throws SQLException {
		long buyer = rs.getLong("buyer_id");
		return new OfflineMessage(rs.getLong("id"), rs.getLong("shop_id"), buyer, buyerNicks.getOrDefault(buyer, ""),
				rs.getObject("conversation_id", Long.class), SkillGroup.valueOf(rs.getString("skill_group")),
				rs.getString("content"), rs.getString("contact"), Conversations.instant(rs, "left_at"),
				rs.getObject("handled_by", Long.class), Conversations.instant(rs, "handled_at"));
	}

}
