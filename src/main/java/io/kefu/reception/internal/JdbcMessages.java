package io.kefu.reception.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

import io.kefu.customer.BuyerId;
import io.kefu.reception.Direction;
import io.kefu.reception.Message;
import io.kefu.reception.MessageHeader;
import io.kefu.reception.MessageKind;
import io.kefu.reception.Messages;
import io.kefu.reception.MessagesStored;
import io.kefu.reception.NewMessage;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JdbcMessages implements Messages {

	private static final int BATCH = 1000;

	/**
	 * Leaves out the buyers the shop plays itself (training's mystery shopper): they are
	 * no real buyers, so no figure, consulting count or inspection reads them.
	 */
	private static final String NOT_DIRECTED = " and not exists (select 1 from directed_buyer d where d.buyer_id = t.buyer_id)";

	/**
	 * The batch's messages not stored yet, with their business day; then their days'
	 * conversations, opened or widened, each counting its new messages into last_seq (a
	 * conversation is updated once, so the numbers it hands out cannot collide); then the
	 * messages, numbered within those counts. A duplicate inside one batch leaves a gap
	 * in the numbers, which only order.
	 */
	private static final String FILED_INSERT = """
			with m as (
			select t, s, d, k, a, at, c, x, position
			from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::bigint[], ?::timestamptz[], ?::text[],
			?::text[]) with ordinality as m(t, s, d, k, a, at, c, x, position)
			), fresh as (
			select m.*, ((m.at at time zone sh.time_zone) - sh.day_split)::date as day, th.buyer_id
			from m join shop sh on sh.id = m.s join thread th on th.id = m.t
			where m.x is null or not exists (select 1 from message e where e.shop_id = m.s and e.external_key = m.x)
			), opened as (
			insert into conversation (shop_id, buyer_id, thread_id, status, skill_group, agent_id, opened_at, queued_at,
			closed_at, origin, business_day, last_seq)
			select s, buyer_id, t, 'CLOSED', 'PRE_SALES',
			(array_agg(a order by at desc, position desc)
			filter (where d = 'OUT' and k in ('TEXT', 'MEDIA', 'CARD') and a is not null))[1],
			min(at), min(at), max(at), 'IMPORTED', day, count(*)
			from fresh group by s, buyer_id, t, day
			on conflict (thread_id, business_day) where origin = 'IMPORTED' do update set
			opened_at = least(conversation.opened_at, excluded.opened_at),
			queued_at = least(conversation.queued_at, excluded.queued_at),
			closed_at = greatest(conversation.closed_at, excluded.closed_at),
			agent_id = case when excluded.closed_at >= conversation.closed_at
			then coalesce(excluded.agent_id, conversation.agent_id) else coalesce(conversation.agent_id, excluded.agent_id) end,
			last_seq = conversation.last_seq + excluded.last_seq
			returning id, thread_id, business_day, last_seq
			), placed as (
			select f.*, o.id as conversation_id,
			o.last_seq - count(*) over (partition by o.id) + row_number() over (partition by o.id order by f.at, f.position) as seq
			from fresh f join opened o on o.thread_id = f.t and o.business_day = f.day
			)
			insert into message (thread_id, shop_id, direction, kind, agent_id, sent_at, content, external_key,
			conversation_id, seq)
			select t, s, d, k, a, at, c, x, conversation_id, seq from placed order by position
			on conflict (shop_id, external_key) do nothing
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final ApplicationEventPublisher events;

	JdbcMessages(JdbcClient jdbc, JdbcTemplate template, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.template = template;
		this.events = events;
	}

	@Override
	@Transactional
	public int append(List<NewMessage> messages) {
		Map<String, Long> threads = threadsFor(messages);
		int stored = 0;
		for (int from = 0; from < messages.size(); from += BATCH) {
			stored += insert(messages.subList(from, Math.min(messages.size(), from + BATCH)), threads);
		}
		if (stored > 0) {
			spans(messages).forEach(
					(shopId, span) -> events.publishEvent(new MessagesStored(ShopId.of(shopId), span[0], span[1])));
		}
		return stored;
	}

	/**
	 * One statement a batch, its columns passed as arrays: a fraction of the round trips
	 * of a JDBC batch, and an exact count of the rows stored (duplicates of a known
	 * external key are skipped). The statement also files the new messages (imports,
	 * generated history) into one closed conversation per buyer and business day, opened
	 * on first need, and numbers them after the day's earlier messages: every message of
	 * the archive then opens in a conversation, and a buyer's history lists imported days
	 * beside live chats. Filing as the rows go in, rather than updating them after,
	 * writes each message once.
	 */
	private int insert(List<NewMessage> batch, Map<String, Long> threads) {
		int n = batch.size();
		Long[] threadIds = new Long[n];
		Long[] shopIds = new Long[n];
		String[] directions = new String[n];
		String[] kinds = new String[n];
		Long[] agentIds = new Long[n];
		Timestamp[] sentAt = new Timestamp[n];
		String[] contents = new String[n];
		String[] keys = new String[n];
		for (int i = 0; i < n; i++) {
			NewMessage m = batch.get(i);
			threadIds[i] = threads.get(m.shopId().value() + "/" + m.buyerId().value());
			shopIds[i] = m.shopId().value();
			directions[i] = m.direction().name();
			kinds[i] = m.kind().name();
			agentIds[i] = m.agentId() == null ? null : m.agentId().value();
			sentAt[i] = Timestamp.from(m.sentAt());
			contents[i] = m.content();
			keys[i] = m.externalKey();
		}
		return jdbc.sql(FILED_INSERT)
			.params(threadIds, shopIds, directions, kinds, agentIds, sentAt, contents, keys)
			.update();
	}

	private Map<String, Long> threadsFor(List<NewMessage> messages) {
		Map<Long, Set<Long>> buyersByShop = new HashMap<>();
		messages.forEach(m -> buyersByShop.computeIfAbsent(m.shopId().value(), s -> new LinkedHashSet<>())
			.add(m.buyerId().value()));
		Map<String, Long> threads = new HashMap<>();
		buyersByShop.forEach((shop, buyers) -> {
			Long[] buyerIds = buyers.toArray(Long[]::new);
			jdbc.sql("insert into thread (shop_id, buyer_id) select ?, unnest(?::bigint[]) on conflict do nothing")
				.params(shop, buyerIds)
				.update();
			// one index probe on the whole key per buyer: with = any(?) the planner
			// scanned the index on shop_id alone and filtered the shop's every thread
			jdbc.sql("""
					select b, (select id from thread where shop_id = ? and buyer_id = b) from unnest(?::bigint[]) as b
					""").params(shop, buyerIds).query(rs -> {
				threads.put(shop + "/" + rs.getLong(1), rs.getLong(2));
			});
		});
		return threads;
	}

	@Override
	public List<Message> thread(ShopId shopId, BuyerId buyerId) {
		return jdbc.sql("""
				select m.id, m.thread_id, m.shop_id, t.buyer_id, m.direction, m.kind, m.agent_id, m.sent_at, m.content
				from message m join thread t on t.id = m.thread_id
				where t.shop_id = ? and t.buyer_id = ? order by m.sent_at, m.id
				""").params(shopId.value(), buyerId.value()).query((rs, n) -> {
			Long agent = rs.getObject("agent_id", Long.class);
			return new Message(rs.getLong("id"), rs.getLong("thread_id"), ShopId.of(rs.getLong("shop_id")),
					BuyerId.of(rs.getLong("buyer_id")), Direction.valueOf(rs.getString("direction")),
					MessageKind.valueOf(rs.getString("kind")), agent == null ? null : AgentId.of(agent),
					rs.getObject("sent_at", OffsetDateTime.class).toInstant(), rs.getString("content"));
		}).list();
	}

	@Override
	public long countBetween(ShopId shopId, Instant from, Instant to) {
		return jdbc.sql("select count(*) from message where shop_id = ? and sent_at >= ? and sent_at < ?")
			.params(shopId.value(), from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	@Override
	public long consultingBuyersBetween(ShopId shopId, Instant from, Instant to) {
		return jdbc.sql("""
				select count(distinct t.buyer_id) from message m join thread t on t.id = m.thread_id
				where m.shop_id = ? and m.direction = 'IN' and m.sent_at >= ? and m.sent_at < ?
				""" + NOT_DIRECTED)
			.params(shopId.value(), from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	/**
	 * The first and last time of the messages given, by shop: one event a shop (a few of
	 * the messages may have been known already).
	 */
	private static Map<Long, Instant[]> spans(List<NewMessage> messages) {
		Map<Long, Instant[]> spans = new HashMap<>();
		for (NewMessage message : messages) {
			spans.merge(message.shopId().value(), new Instant[] { message.sentAt(), message.sentAt() },
					(a, b) -> new Instant[] { a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1] });
		}
		return spans;
	}

	@Override
	public Optional<Instant> firstSentAt(ShopId shopId) {
		// min() of no rows is one null row: optional(), not single(), which refuses a
		// null
		return jdbc.sql("select min(sent_at) from message where shop_id = ?")
			.param(shopId.value())
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant);
	}

	@Override
	public void forEachThread(ShopId shopId, Instant from, Instant to, Collection<BuyerId> buyerIds,
			Consumer<List<MessageHeader>> each) {
		String sql = """
				select m.id, t.buyer_id, m.direction, m.kind, m.agent_id, m.sent_at
				from message m join thread t on t.id = m.thread_id
				where m.shop_id = ? and m.sent_at >= ? and m.sent_at < ?
				""" + NOT_DIRECTED + (buyerIds.isEmpty() ? "" : " and t.buyer_id = any(?)")
				+ " order by t.buyer_id, m.sent_at, m.id";
		ThreadCollector<MessageHeader> threads = new ThreadCollector<>(each, h -> h.buyerId().value());
		streamThreads(sql, shopId, from, to, buyerIds,
				(ResultSet row) -> threads.add(new MessageHeader(row.getLong(1), BuyerId.of(row.getLong(2)),
						Direction.valueOf(row.getString(3)), MessageKind.valueOf(row.getString(4)), agent(row, 5),
						row.getObject(6, OffsetDateTime.class).toInstant())));
		threads.finish();
	}

	@Override
	public void forEachThreadWithText(ShopId shopId, Instant from, Instant to, Collection<BuyerId> buyerIds,
			Consumer<List<Message>> each) {
		String sql = """
				select m.id, m.thread_id, t.buyer_id, m.direction, m.kind, m.agent_id, m.sent_at, m.content
				from message m join thread t on t.id = m.thread_id
				where m.shop_id = ? and m.sent_at >= ? and m.sent_at < ?
				""" + NOT_DIRECTED + (buyerIds.isEmpty() ? "" : " and t.buyer_id = any(?)")
				+ " order by t.buyer_id, m.sent_at, m.id";
		ThreadCollector<Message> threads = new ThreadCollector<>(each, m -> m.buyerId().value());
		streamThreads(sql, shopId, from, to, buyerIds,
				(ResultSet row) -> threads
					.add(new Message(row.getLong(1), row.getLong(2), shopId, BuyerId.of(row.getLong(3)),
							Direction.valueOf(row.getString(4)), MessageKind.valueOf(row.getString(5)), agent(row, 6),
							row.getObject(7, OffsetDateTime.class).toInstant(), row.getString(8))));
		threads.finish();
	}

	private static @Nullable AgentId agent(ResultSet row, int column) throws java.sql.SQLException {
		Long agent = row.getObject(column, Long.class);
		return agent == null ? null : AgentId.of(agent);
	}

	private void streamThreads(String sql, ShopId shopId, Instant from, Instant to, Collection<BuyerId> buyerIds,
			RowCallbackHandler rows) {
		template.query(connection -> {
			PreparedStatement statement = connection.prepareStatement(sql);
			// a cursor, so that a shop's month of messages streams instead of filling the
			// heap
			statement.setFetchSize(10_000);
			statement.setLong(1, shopId.value());
			statement.setObject(2, from.atOffset(ZoneOffset.UTC));
			statement.setObject(3, to.atOffset(ZoneOffset.UTC));
			if (!buyerIds.isEmpty()) {
				statement.setArray(4,
						connection.createArrayOf("bigint", buyerIds.stream().map(BuyerId::value).toArray()));
			}
			return statement;
		}, rows);
	}

	/** Cuts the ordered stream of a shop's messages into threads. */
	private static final class ThreadCollector<T> {

		private final Consumer<List<T>> each;

		private final ToLongFunction<T> buyerOf;

		private List<T> current = new ArrayList<>();

		ThreadCollector(Consumer<List<T>> each, ToLongFunction<T> buyerOf) {
			this.each = each;
			this.buyerOf = buyerOf;
		}

		void add(T message) {
			if (!current.isEmpty() && buyerOf.applyAsLong(current.get(0)) != buyerOf.applyAsLong(message)) {
				finish();
			}
			current.add(message);
		}

		void finish() {
			if (!current.isEmpty()) {
				each.accept(current);
				current = new ArrayList<>();
			}
		}

	}

}
