package io.kefu.reception.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kefu.reception.Direction;
import io.kefu.reception.Message;
import io.kefu.reception.MessageKind;
import io.kefu.reception.Messages;
import io.kefu.reception.NewMessage;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JdbcMessages implements Messages {

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	JdbcMessages(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	@Override
	@Transactional
	public int append(List<NewMessage> messages) {
		Map<String, Long> threads = threadsFor(messages);
		int stored = 0;
		for (int from = 0; from < messages.size(); from += BATCH) {
			List<NewMessage> batch = messages.subList(from, Math.min(messages.size(), from + BATCH));
			int[][] counts = template.batchUpdate("""
					insert into message (thread_id, shop_id, direction, kind, agent_id, sent_at, content, external_key)
					values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (shop_id, external_key) do nothing
					""", batch, batch.size(), (ps, m) -> {
				ps.setLong(1, threads.get(m.shopId() + "/" + m.buyerId()));
				ps.setLong(2, m.shopId());
				ps.setString(3, m.direction().name());
				ps.setString(4, m.kind().name());
				ps.setObject(5, m.agentId());
				ps.setTimestamp(6, Timestamp.from(m.sentAt()));
				ps.setString(7, m.content());
				ps.setString(8, m.externalKey());
			});
			for (int[] chunk : counts) {
				for (int count : chunk) {
					stored += Math.max(count, 0);
				}
			}
		}
		return stored;
	}

	private Map<String, Long> threadsFor(List<NewMessage> messages) {
		Set<String> keys = new LinkedHashSet<>();
		messages.forEach(m -> keys.add(m.shopId() + "/" + m.buyerId()));
		Map<String, Long> threads = new HashMap<>();
		for (String key : keys) {
			String[] parts = key.split("/");
			long shop = Long.parseLong(parts[0]);
			long buyer = Long.parseLong(parts[1]);
			jdbc.sql("insert into thread (shop_id, buyer_id) values (?, ?) on conflict do nothing")
				.params(shop, buyer)
				.update();
			threads.put(key,
					jdbc.sql("select id from thread where shop_id = ? and buyer_id = ?")
						.params(shop, buyer)
						.query(Long.class)
						.single());
		}
		return threads;
	}

	@Override
	public List<Message> thread(long shopId, long buyerId) {
		return jdbc.sql("""
				select m.id, m.thread_id, m.shop_id, t.buyer_id, m.direction, m.kind, m.agent_id, m.sent_at, m.content
				from message m join thread t on t.id = m.thread_id
				where t.shop_id = ? and t.buyer_id = ? order by m.sent_at, m.id
				""").params(shopId, buyerId).query((rs, n) -> {
			Long agent = rs.getObject("agent_id", Long.class);
			return new Message(rs.getLong("id"), rs.getLong("thread_id"), rs.getLong("shop_id"), rs.getLong("buyer_id"),
					Direction.valueOf(rs.getString("direction")), MessageKind.valueOf(rs.getString("kind")), agent,
					rs.getObject("sent_at", OffsetDateTime.class).toInstant(), rs.getString("content"));
		}).list();
	}

	@Override
	public long countBetween(long shopId, Instant from, Instant to) {
		return jdbc.sql("select count(*) from message where shop_id = ? and sent_at >= ? and sent_at < ?")
			.params(shopId, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	@Override
	public long consultingBuyersBetween(long shopId, Instant from, Instant to) {
		return jdbc.sql("""
				select count(distinct t.buyer_id) from message m join thread t on t.id = m.thread_id
				where m.shop_id = ? and m.direction = 'IN' and m.sent_at >= ? and m.sent_at < ?
				""")
			.params(shopId, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

}
