package io.kefu.reception.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Files the messages stored without a conversation (imports, generated history) into one
 * closed conversation per buyer and business day, created on first need, in the
 * transaction that stored them: every message of the archive then opens in a
 * conversation, and a buyer's history lists imported days beside live chats. A message
 * filed into a day that already has messages is numbered after them, whatever its time.
 */
@Repository
class ImportedConversations {

	private static final String UNFILED = """
			select m.id, m.thread_id, t.buyer_id, m.sent_at, m.direction, m.kind, m.agent_id,
			((m.sent_at at time zone s.time_zone) - s.day_split)::date as day
			from message m join thread t on t.id = m.thread_id join shop s on s.id = m.shop_id
			where m.shop_id = :shop and m.conversation_id is null and m.sent_at >= :from and m.sent_at <= :to
			""";

	private final JdbcClient jdbc;

	ImportedConversations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Files the shop's unfiled messages sent in the period. */
	void file(long shopId, Instant from, Instant to) {
		open(shopId, from, to);
		number(shopId, from, to);
	}

	private void open(long shopId, Instant from, Instant to) {
		jdbc.sql("with unfiled as (" + UNFILED
				+ """
						)
						insert into conversation (shop_id, buyer_id, thread_id, status, skill_group, agent_id, opened_at, queued_at,
						closed_at, origin, business_day)
						select :shop, buyer_id, thread_id, 'CLOSED', 'PRE_SALES',
						(array_agg(agent_id order by sent_at desc, id desc)
						filter (where direction = 'OUT' and kind in ('TEXT', 'MEDIA', 'CARD') and agent_id is not null))[1],
						min(sent_at), min(sent_at), max(sent_at), 'IMPORTED', day
						from unfiled group by buyer_id, thread_id, day
						on conflict (thread_id, business_day) where origin = 'IMPORTED' do update set
						opened_at = least(conversation.opened_at, excluded.opened_at),
						queued_at = least(conversation.queued_at, excluded.queued_at),
						closed_at = greatest(conversation.closed_at, excluded.closed_at),
						agent_id = case when excluded.closed_at >= conversation.closed_at
						then coalesce(excluded.agent_id, conversation.agent_id) else coalesce(conversation.agent_id, excluded.agent_id) end
						""")
			.param("shop", shopId)
			.param("from", ts(from))
			.param("to", ts(to))
			.update();
	}

	private void number(long shopId, Instant from, Instant to) {
		jdbc.sql("with unfiled as (" + UNFILED + """
				), placed as (
				select u.id, c.id as conversation_id,
				c.last_seq + row_number() over (partition by c.id order by u.sent_at, u.id) as seq
				from unfiled u join conversation c on c.thread_id = u.thread_id and c.origin = 'IMPORTED'
				and c.business_day = u.day
				), filed as (
				update message m set conversation_id = p.conversation_id, seq = p.seq from placed p where m.id = p.id
				returning m.conversation_id, m.seq
				)
				update conversation c set last_seq = f.last_seq
				from (select conversation_id, max(seq) as last_seq from filed group by conversation_id) f
				where c.id = f.conversation_id
				""").param("shop", shopId).param("from", ts(from)).param("to", ts(to)).update();
	}

	private static Timestamp ts(Instant at) {
		return Timestamp.from(at);
	}

}
