package io.kefu.reception.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import io.kefu.customer.BuyerId;
import io.kefu.reception.AutoReplies;
import io.kefu.reception.AutoReply;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The auto-replies of a period in one statement: the shop's messages of the period
 * through (shop_id, sent_at), and for each auto-reply the reply before it in its thread
 * through (thread_id, sent_at, id), read backwards from the auto-reply (the plain
 * {@code sent_at <=} is what lets the index start there) and stopping at the first.
 */
@Repository
@Transactional(readOnly = true)
class JdbcAutoReplies implements AutoReplies {

	private final JdbcClient jdbc;

	JdbcAutoReplies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<AutoReply> sentBetween(ShopId shopId, Instant from, Instant to) {
		return jdbc.sql("""
				select a.id, t.buyer_id, a.agent_id, a.sent_at, previous.sent_at
				from message a
				join thread t on t.id = a.thread_id
				left join lateral (
				    select m.sent_at from message m
				    where m.thread_id = a.thread_id and m.direction = 'OUT' and m.kind <> 'SYSTEM'
				      and m.sent_at <= a.sent_at and (m.sent_at < a.sent_at or m.id < a.id)
				    order by m.sent_at desc, m.id desc
				    limit 1) previous on true
				where a.shop_id = ? and a.sent_at >= ? and a.sent_at < ?
				  and a.direction = 'OUT' and a.kind = 'AUTO_REPLY' and a.agent_id is not null
				order by a.sent_at, a.id
				""").params(shopId.value(), Timestamp.from(from), Timestamp.from(to)).query((row, n) -> {
			OffsetDateTime previous = row.getObject(5, OffsetDateTime.class);
			return new AutoReply(row.getLong(1), BuyerId.of(row.getLong(2)), AgentId.of(row.getLong(3)),
					row.getObject(4, OffsetDateTime.class).toInstant(), previous == null ? null : previous.toInstant());
		}).list();
	}

}
