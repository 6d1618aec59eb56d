package io.kefu.reception.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.kefu.reception.Presence;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The state of the reception floor that every application node shares: agents' presence
 * and who was given which buyer when. Kept in the database, never only in memory.
 */
@Repository
class Floor {

	/**
	 * The first key of the advisory locks taken here ("KF"), the shop being the second.
	 */
	private static final int LOCK_SPACE = 0x4b46;

	private final JdbcClient jdbc;

	Floor(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Serialises every change of the shop's queue and assignments until the transaction
	 * ends, across nodes: routing reads loads and presence and must not race another
	 * routing of the same shop.
	 */
	void lockShop(long shopId) {
		jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(LOCK_SPACE, Math.toIntExact(shopId)).query(rs -> {
		});
	}

	Map<Long, Stance> presences(long shopId) {
		Map<Long, Stance> stances = new HashMap<>();
		jdbc.sql("select agent_id, presence, since from agent_presence where shop_id = ?").param(shopId).query(rs -> {
			stances.put(rs.getLong(1),
					new Stance(Presence.valueOf(rs.getString(2)), Conversations.instant(rs, "since")));
		});
		return stances;
	}

	Stance presenceOf(long agentId) {
		return jdbc.sql("select presence, since from agent_presence where agent_id = ?")
			.param(agentId)
			.query((rs, row) -> new Stance(Presence.valueOf(rs.getString(1)), Conversations.instant(rs, "since")))
			.optional()
			.orElse(Stance.OFFLINE);
	}

	/**
	 * The agent's own choice: whatever Kefu had set is forgotten; {@code since} stays
	 * when the presence does not change.
	 */
	void setPresence(long agentId, long shopId, Presence presence, Instant at) {
		jdbc.sql("""
				insert into agent_presence (agent_id, shop_id, presence, since) values (?, ?, ?, ?)
				on conflict (agent_id) do update set shop_id = excluded.shop_id, presence = excluded.presence,
				since = case when agent_presence.presence = excluded.presence then agent_presence.since
				else excluded.since end, returns_to = null
				""").params(agentId, shopId, presence.name(), Timestamp.from(at)).update();
	}

	/** These agents were seen (connected, or calling the API) at {@code at}. */
	void seen(Collection<Long> agentIds, Instant at) {
		jdbc.sql("update agent_presence set seen_at = ? where agent_id = any(?) and (seen_at is null or seen_at < ?)")
			.params(Timestamp.from(at), agentIds.toArray(Long[]::new), Timestamp.from(at))
			.update();
	}

	/** Agents online or busy, and seen neither since {@code cutoff} nor set so since. */
	List<Long> unseenSince(Instant cutoff) {
		return jdbc.sql("""
				select agent_id from agent_presence
				where presence in ('ONLINE', 'BUSY') and greatest(since, seen_at) < ? order by agent_id
				""").param(Timestamp.from(cutoff)).query(Long.class).list();
	}

	/**
	 * Kefu sets the agent away, remembering what they had chosen, if they are still
	 * online or busy and unseen since {@code cutoff}.
	 * @return whether it did
	 */
	boolean stepAwayIfUnseen(long agentId, Instant cutoff, Instant at) {
		return jdbc.sql("""
				update agent_presence set returns_to = presence, presence = 'AWAY', since = ?
				where agent_id = ? and presence in ('ONLINE', 'BUSY') and greatest(since, seen_at) < ?
				""").params(Timestamp.from(at), agentId, Timestamp.from(cutoff)).update() == 1;
	}

	/** Agents Kefu set away who have been seen since. */
	List<Long> seenAgain() {
		return jdbc.sql("""
				select agent_id from agent_presence
				where returns_to is not null and seen_at > since order by agent_id
				""").query(Long.class).list();
	}

	/**
	 * Gives the agent Kefu set away the presence they had chosen, if they have been seen
	 * since.
	 * @return that presence, if they came back
	 */
	Optional<Presence> comeBackIfSeen(long agentId, Instant at) {
		return jdbc.sql("""
				update agent_presence set presence = returns_to, since = ?, returns_to = null
				where agent_id = ? and returns_to is not null and seen_at > since returning presence
				""")
			.params(Timestamp.from(at), agentId)
			.query((rs, row) -> Presence.valueOf(rs.getString(1)))
			.optional();
	}

	void recordAssignment(long shopId, long conversationId, long buyerId, long agentId, How how, Instant at) {
		jdbc.sql("""
				insert into assignment (shop_id, conversation_id, buyer_id, agent_id, how, assigned_at)
				values (?, ?, ?, ?, ?, ?)
				""").params(shopId, conversationId, buyerId, agentId, how.name(), Timestamp.from(at)).update();
	}

	/**
	 * Each agent's distinct buyers and latest assignment since {@code from}; the buyers
	 * the shop plays itself (a mystery shopper) are not buyers served.
	 */
	Map<Long, Day> assignmentsSince(long shopId, Instant from) {
		Map<Long, Day> days = new HashMap<>();
		jdbc.sql("""
				select agent_id, array_agg(distinct buyer_id), max(assigned_at) as last_at from assignment
				where shop_id = ? and assigned_at >= ? and how <> 'DIRECTED' group by agent_id
				""").params(shopId, Timestamp.from(from)).query(rs -> {
			Set<Long> buyers = new HashSet<>(Arrays.asList((Long[]) rs.getArray(2).getArray()));
			days.put(rs.getLong(1), new Day(buyers, Conversations.instant(rs, "last_at")));
		});
		return days;
	}

	/** An agent's presence and since when. */
	record Stance(Presence presence, @Nullable Instant since) {

		static final Stance OFFLINE = new Stance(Presence.OFFLINE, null);

	}

	/** An agent's buyers of the day so far and their latest assignment. */
	record Day(Set<Long> buyers, @Nullable Instant lastAssignedAt) {

		static final Day NONE = new Day(Set.of(), null);

	}

	/** How an agent got a conversation. */
	enum How {

		ROUTED, ACCEPTED, TRANSFERRED, TAKEN_OVER,
		/**
		 * A buyer played by the shop went to the agent named for them
		 * ({@code DirectedChat}).
		 */
		DIRECTED

	}

}
