package io.kefu.reception.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kefu.access.Caller;
import io.kefu.reception.Conversation;
import io.kefu.reception.ConversationNotFoundException;
import io.kefu.reception.ConversationStatus;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The conversation rows. A conversation's state changes while its row is locked
 * ({@link #lock}); its sequence numbers are handed out by {@link LiveMessages} under the
 * same lock, so {@link #update} never writes {@code last_seq}.
 */
@Repository
class Conversations {

	private static final String SELECT = """
			select id, shop_id, buyer_id, thread_id, status, skill_group, agent_id, last_agent_id, opened_at, queued_at,
			assigned_at, answered_at, closed_at, buyer_waiting_since, last_seq from conversation
			""";

	private final JdbcClient jdbc;

	Conversations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Conversation insert(Conversation c) {
		long id = jdbc.sql("""
				insert into conversation (shop_id, buyer_id, thread_id, status, skill_group, last_agent_id, opened_at,
				queued_at, buyer_waiting_since) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(c.shopId(), c.buyerId(), c.threadId(), c.status().name(), c.skillGroup().name(), c.lastAgentId(),
					ts(c.openedAt()), ts(c.queuedAt()), ts(c.buyerWaitingSince()))
			.query(Long.class)
			.single();
		return find(id).orElseThrow();
	}

	Optional<Conversation> find(long id) {
		return jdbc.sql(SELECT + "where id = ?").param(id).query(Conversations::map).optional();
	}

	/** Reads and locks the row until the transaction ends. */
	Conversation lock(long id) {
		return jdbc.sql(SELECT + "where id = ? for update")
			.param(id)
			.query(Conversations::map)
			.optional()
			.orElseThrow(() -> new ConversationNotFoundException(id));
	}

	/**
	 * A locked conversation and the message already stored under the sender's key, read
	 * together: a message costs one round trip less.
	 *
	 * @param knownMessageId the stored message with the key, if any
	 */
	record Locked(Conversation conversation, @Nullable Long knownMessageId) {
	}

	private static final String LOCKED = """
			select c.id, c.shop_id, c.buyer_id, c.thread_id, c.status, c.skill_group, c.agent_id, c.last_agent_id,
			c.opened_at, c.queued_at, c.assigned_at, c.answered_at, c.closed_at, c.buyer_waiting_since, c.last_seq,
			(select m.id from message m where m.shop_id = c.shop_id and m.external_key = ?) as known_id
			from conversation c
			""";

	/** As {@link #lockOpenOf}, with the message stored under the key. */
	Optional<Locked> lockOpenOf(long shopId, long buyerId, @Nullable String key) {
		return jdbc.sql(LOCKED + "where c.shop_id = ? and c.buyer_id = ? and c.status <> 'CLOSED' for update of c")
			.params(key, shopId, buyerId)
			.query(Conversations::locked)
			.optional();
	}

	/**
	 * Reads and locks the row if the caller works in its shop, with the message stored
	 * under the key; a conversation of another shop is neither read nor locked.
	 */
	Optional<Locked> lockIn(long id, Caller caller, @Nullable String key) {
		if (caller.isAdmin()) {
			return jdbc.sql(LOCKED + "where c.id = ? for update of c")
				.params(key, id)
				.query(Conversations::locked)
				.optional();
		}
		return jdbc.sql(LOCKED + "where c.id = ? and c.shop_id = any(?) for update of c")
			.params(key, id, caller.shopIds().toArray(Long[]::new))
			.query(Conversations::locked)
			.optional();
	}

	private static Locked locked(ResultSet rs, int row) throws SQLException {
		return new Locked(map(rs, row), rs.getObject("known_id", Long.class));
	}

	Optional<Conversation> lockOpenOf(long shopId, long buyerId) {
		return jdbc.sql(SELECT + "where shop_id = ? and buyer_id = ? and status <> 'CLOSED' for update")
			.params(shopId, buyerId)
			.query(Conversations::map)
			.optional();
	}

	/** The buyer's open conversation, else the one opened last. */
	Optional<Conversation> currentOf(long shopId, long buyerId) {
		return jdbc.sql(SELECT + """
				where shop_id = ? and buyer_id = ? and origin = 'LIVE'
				order by (status <> 'CLOSED') desc, opened_at desc, id desc limit 1
				""").params(shopId, buyerId).query(Conversations::map).optional();
	}

	/** The buyer's conversations in the shop, newest first. */
	List<Conversation> ofBuyer(long shopId, long buyerId, int limit) {
		return jdbc.sql(SELECT + "where shop_id = ? and buyer_id = ? order by opened_at desc, id desc limit ?")
			.params(shopId, buyerId, limit)
			.query(Conversations::map)
			.list();
	}

	void update(Conversation c) {
		jdbc.sql("""
				update conversation set status = ?, skill_group = ?, agent_id = ?, queued_at = ?, assigned_at = ?,
				answered_at = ?, closed_at = ?, buyer_waiting_since = ? where id = ?
				""")
			.params(c.status().name(), c.skillGroup().name(), c.agentId(), ts(c.queuedAt()), ts(c.assignedAt()),
					ts(c.answeredAt()), ts(c.closedAt()), ts(c.buyerWaitingSince()), c.id())
			.update();
	}

	/** The shop's queue (waiting, no agent) in arrival order. */
	List<Conversation> queue(long shopId) {
		return jdbc.sql(SELECT + "where shop_id = ? and status = 'WAITING' and agent_id is null order by queued_at, id")
			.param(shopId)
			.query(Conversations::map)
			.list();
	}

	/** The shop's open conversations, queued ones included, oldest first. */
	List<Conversation> openInShop(long shopId) {
		return jdbc.sql(SELECT + "where shop_id = ? and status <> 'CLOSED' order by opened_at, id")
			.param(shopId)
			.query(Conversations::map)
			.list();
	}

	List<Conversation> openOf(long agentId) {
		return jdbc.sql(SELECT + "where agent_id = ? and status <> 'CLOSED' order by opened_at, id")
			.param(agentId)
			.query(Conversations::map)
			.list();
	}

	/** Conversations of the shop closed since {@code from}; of one agent when given. */
	List<Conversation> closedSince(long shopId, Instant from, @Nullable Long agentId) {
		return jdbc.sql(SELECT + """
				where shop_id = ? and status = 'CLOSED' and origin = 'LIVE' and closed_at >= ?
				and (?::bigint is null or agent_id = ?)
				order by closed_at desc, id desc
				""").params(shopId, ts(from), agentId, agentId).query(Conversations::map).list();
	}

	/**
	 * The agent of the latest human reply in the thread, imported history included: the
	 * agent who served the buyer last.
	 */
	Optional<Long> lastAgentOf(long threadId) {
		return jdbc
			.sql("""
					select agent_id from message where thread_id = ? and direction = 'OUT' and kind in ('TEXT', 'MEDIA', 'CARD')
					and agent_id is not null order by sent_at desc, id desc limit 1
					""")
			.param(threadId)
			.query(Long.class)
			.optional();
	}

	/** How many open conversations each agent of the shop holds. */
	Map<Long, Integer> loads(long shopId) {
		Map<Long, Integer> loads = new HashMap<>();
		jdbc.sql("""
				select agent_id, count(*) from conversation where shop_id = ? and status <> 'CLOSED'
				and agent_id is not null group by agent_id
				""").param(shopId).query(rs -> {
			loads.put(rs.getLong(1), rs.getInt(2));
		});
		return loads;
	}

	static @Nullable Timestamp ts(@Nullable Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	private static Conversation map(ResultSet rs, int row) throws SQLException {
		return new Conversation(rs.getLong("id"), rs.getLong("shop_id"), rs.getLong("buyer_id"),
				rs.getLong("thread_id"), ConversationStatus.valueOf(rs.getString("status")),
				SkillGroup.valueOf(rs.getString("skill_group")), rs.getObject("agent_id", Long.class),
				rs.getObject("last_agent_id", Long.class), instant(rs, "opened_at"), instant(rs, "queued_at"),
				instant(rs, "assigned_at"), instant(rs, "answered_at"), instant(rs, "closed_at"),
				instant(rs, "buyer_waiting_since"), rs.getInt("last_seq"));
	}

}
