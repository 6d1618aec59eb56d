package io.kefu.reception.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kefu.reception.ChatMessage;
import io.kefu.reception.Conversation;
import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;
import io.kefu.reception.MessagesStored;
import io.kefu.reception.NewMessage;
import io.kefu.shop.ShopId;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Live chat's messages: rows of the same {@code message} table as imported ones, each
 * numbered within its conversation, each announced with {@link MessagesStored} inside the
 * storing transaction like every other stored message, so that figures and inspections
 * see live chat.
 */
@Repository
class LiveMessages {

	/** The most messages one read returns; the reader asks again after the last. */
	static final int PAGE = 500;

	private static final String SELECT = """
			select id, conversation_id, seq, direction, kind, agent_id, content, sent_at, external_key from message
			""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	LiveMessages(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** The thread of the buyer with the shop, created on first sight. */
	long threadOf(long shopId, long buyerId) {
		jdbc.sql("insert into thread (shop_id, buyer_id) values (?, ?) on conflict do nothing")
			.params(shopId, buyerId)
			.update();
		return jdbc.sql("select id from thread where shop_id = ? and buyer_id = ?")
			.params(shopId, buyerId)
			.query(Long.class)
			.single();
	}

	/**
	 * Stores a message as the next of the conversation, whose row the caller has locked.
	 * @param externalKey the sender's key for the message, unique in the shop
	 */
	ChatMessage append(Conversation conversation, NewMessage message, @Nullable String agentName) {
		// the next number and the row in one statement: one round trip less per message
		long[] stored = jdbc.sql("""
				with next as (update conversation set last_seq = last_seq + 1 where id = ? returning last_seq)
				insert into message (thread_id, shop_id, direction, kind, agent_id, sent_at, content, external_key,
				conversation_id, seq) values (?, ?, ?, ?, ?, ?, ?, ?, ?, (select last_seq from next)) returning id, seq
				""")
			.params(conversation.id(), conversation.threadId(), conversation.shopId(), message.direction().name(),
					message.kind().name(), agentOf(message), Conversations.ts(message.sentAt()), message.content(),
					message.externalKey(), conversation.id())
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getInt(2) })
			.single();
		return stored(conversation, message, agentName, stored);
	}

	private static @Nullable Long agentOf(NewMessage message) {
		return message.agentId() == null ? null : message.agentId().value();
	}

	private ChatMessage stored(Conversation conversation, NewMessage message, @Nullable String agentName,
			long[] stored) {
		events.publishEvent(new MessagesStored(ShopId.of(conversation.shopId()), message.sentAt(), message.sentAt()));
		return new ChatMessage(stored[0], conversation.id(), (int) stored[1], message.direction(), message.kind(),
				agentOf(message), agentName, message.content(), message.sentAt(), clientIdOf(message.externalKey()));
	}

	/**
	 * Stores a message as the next of the conversation and writes the conversation's
	 * state with it, in one statement; the caller has locked the row and passes the state
	 * the message leaves it in.
	 */
	ChatMessage appendWithState(Conversation conversation, NewMessage message, @Nullable String agentName) {
		long[] stored = jdbc
			.sql("""
					with next as (update conversation set last_seq = last_seq + 1, status = ?, skill_group = ?, agent_id = ?,
					    queued_at = ?, assigned_at = ?, answered_at = ?, closed_at = ?, buyer_waiting_since = ?
					    where id = ? returning last_seq)
					insert into message (thread_id, shop_id, direction, kind, agent_id, sent_at, content, external_key,
					conversation_id, seq) values (?, ?, ?, ?, ?, ?, ?, ?, ?, (select last_seq from next)) returning id, seq
					""")
			.params(conversation.status().name(), conversation.skillGroup().name(), conversation.agentId(),
					Conversations.ts(conversation.queuedAt()), Conversations.ts(conversation.assignedAt()),
					Conversations.ts(conversation.answeredAt()), Conversations.ts(conversation.closedAt()),
					Conversations.ts(conversation.buyerWaitingSince()), conversation.id(), conversation.threadId(),
					conversation.shopId(), message.direction().name(), message.kind().name(), agentOf(message),
					Conversations.ts(message.sentAt()), message.content(), message.externalKey(), conversation.id())
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getInt(2) })
			.single();
		return stored(conversation, message, agentName, stored);
	}

	/** A stored live message. */
	ChatMessage byId(long id) {
		return jdbc.sql(SELECT + "where id = ?").param(id).query((rs, row) -> map(rs, Map.of())).single();
	}

	/** A live message already stored under the sender's key. */
	Optional<ChatMessage> byKey(long shopId, String externalKey) {
		return jdbc.sql(SELECT + "where shop_id = ? and external_key = ? and conversation_id is not null")
			.params(shopId, externalKey)
			.query((rs, row) -> map(rs, Map.of()))
			.optional();
	}

	/** The conversation's messages after {@code afterSeq}, at most {@link #PAGE}. */
	List<ChatMessage> after(long conversationId, int afterSeq, Map<Long, String> agentNames) {
		return jdbc.sql(SELECT + "where conversation_id = ? and seq > ? order by seq limit " + PAGE)
			.params(conversationId, afterSeq)
			.query((rs, row) -> map(rs, agentNames))
			.list();
	}

	/** The key a sender's own message id is stored under: one namespace per sender. */
	static @Nullable String key(String sender, @Nullable String clientId) {
		return clientId == null ? null : "live:" + sender + ":" + clientId;
	}

	static @Nullable String clientIdOf(@Nullable String externalKey) {
		if (externalKey == null || !externalKey.startsWith("live:")) {
			return null;
		}
		int colon = externalKey.indexOf(':', "live:".length());
		return colon < 0 ? null : externalKey.substring(colon + 1);
	}

	private static ChatMessage map(ResultSet rs, Map<Long, String> agentNames) throws SQLException {
		Long agent = rs.getObject("agent_id", Long.class);
		return new ChatMessage(rs.getLong("id"), rs.getLong("conversation_id"), rs.getInt("seq"),
				Direction.valueOf(rs.getString("direction")), MessageKind.valueOf(rs.getString("kind")), agent,
				agent == null ? null : agentNames.get(agent), rs.getString("content"),
				Conversations.instant(rs, "sent_at"), clientIdOf(rs.getString("external_key")));
	}

}
