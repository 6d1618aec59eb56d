package io.kefu.followup.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.kefu.customer.BuyerId;
import io.kefu.followup.FollowupId;
import io.kefu.followup.FollowupSettings;
import io.kefu.followup.LeftMessage;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Opens the follow-ups that come after the sale, set-wise from the orders' receipt and
 * refund-close times and from offline messages: an import of a day's orders opens its
 * review reminders and visits in two statements. Runs inside the caller's transaction.
 */
@Repository
class AfterSaleTasks {

	/** Receipts and case closes longer ago than this open nothing. */
	static final Duration RECENT = Duration.ofDays(7);

	/**
	 * A case belongs to an order placed at most this long ago: a history import stamps
	 * the close of old refunds with the import's time, and those old cases get no visit.
	 */
	static final Duration CASE_HORIZON = Duration.ofDays(30);

	private final JdbcClient jdbc;

	AfterSaleTasks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int openReviewReminders(ShopId shop, FollowupSettings settings, Instant now) {
		Instant recent = now.minus(RECENT);
		return jdbc
			.sql("""
					insert into followup_task (shop_id, kind, order_id, buyer_id, started_at, due_at, skill_group)
					select o.shop_id, 'REVIEW_REMINDER', o.id, o.buyer_id, r.received,
					       r.received + make_interval(days => ?), 'AFTER_SALES'
					from shop_order o
					cross join lateral (select coalesce(o.received_at, o.shipped_at + make_interval(days => ?)) as received) r
					where o.shop_id = ? and o.status = 'COMPLETED'
					  and (o.received_at >= ? or (o.received_at is null and o.shipped_at >= ?))
					  and not exists (select 1 from refund f where f.order_id = o.id and f.status in ('REQUESTED', 'REFUNDED'))
					on conflict (order_id, kind) where order_id is not null do nothing
					""")
			.params(settings.reviewDays(), settings.deliveryDays(), shop.value(), utc(recent),
					utc(recent.minus(Duration.ofDays(settings.deliveryDays()))))
			.update();
	}

	int openAfterSalesVisits(ShopId shop, FollowupSettings settings, Instant now) {
		return jdbc.sql("""
				insert into followup_task (shop_id, kind, order_id, buyer_id, started_at, due_at, skill_group)
				select o.shop_id, 'AFTER_SALES_VISIT', o.id, o.buyer_id, c.closed,
				       c.closed + make_interval(days => ?), 'AFTER_SALES'
				from (select order_id, max(closed_at) as closed from refund where closed_at >= ? group by order_id) c
				join shop_order o on o.id = c.order_id
				where o.shop_id = ? and o.created_at >= ?
				  and not exists (select 1 from refund q where q.order_id = o.id and q.status = 'REQUESTED')
				on conflict (order_id, kind) where order_id is not null do nothing
				""")
			.params(settings.visitDays(), utc(now.minus(RECENT)), shop.value(), utc(now.minus(CASE_HORIZON)))
			.update();
	}

	/**
	 * Reads the message as it stands: one handled before its task was opened (the two
	 * events raced) opens done.
	 */
	void openOfflineMessage(ShopId shop, long offlineMessageId, BuyerId buyer, SkillGroup group, Instant leftAt) {
		jdbc.sql(
				"""
						insert into followup_task (shop_id, kind, buyer_id, agent_id, started_at, due_at, status, closed_at,
						                           skill_group, offline_message_id)
						select ?, 'OFFLINE_MESSAGE', ?, m.handled_by, ?, ?, case when m.handled_at is null then 'OPEN' else 'DONE' end,
						       m.handled_at, ?, m.id
						from offline_message m where m.id = ?
						on conflict (offline_message_id) where offline_message_id is not null do nothing
						""")
			.params(shop.value(), buyer.value(), utc(leftAt), utc(leftAt), group.name(), offlineMessageId)
			.update();
	}

	void closeOfflineMessage(long offlineMessageId, AgentId agent, Instant at) {
		jdbc.sql("""
				update followup_task set status = 'DONE', closed_at = ?, agent_id = coalesce(agent_id, ?)
				where offline_message_id = ? and status = 'OPEN'
				""").params(utc(at), agent.value(), offlineMessageId).update();
	}

	Optional<LeftMessage> leftMessage(FollowupId id) {
		return jdbc
			.sql("""
					select m.id, m.content, m.left_at from followup_task t join offline_message m on m.id = t.offline_message_id
					where t.id = ?
					""")
			.param(id.value())
			.query((row, n) -> new LeftMessage(row.getLong(1), row.getString(2),
					row.getObject(3, OffsetDateTime.class).toInstant()))
			.optional();
	}

	/**
	 * Who handled the task's offline message at the desk, and when; empty while
	 * unhandled.
	 */
	Optional<Handled> handledAtDesk(FollowupId id) {
		return jdbc
			.sql("""
					select m.handled_by, m.handled_at from followup_task t join offline_message m on m.id = t.offline_message_id
					where t.id = ? and m.handled_at is not null
					""")
			.param(id.value())
			.query((row, n) -> {
				Long agent = row.getObject(1, Long.class);
				return new Handled(agent == null ? null : AgentId.of(agent),
						row.getObject(2, OffsetDateTime.class).toInstant());
			})
			.optional();
	}

	/**
	 * The open review reminders of the shop whose order has a refund requested or made.
	 */
	List<Long> disputedReviewReminders(ShopId shop) {
		return jdbc
			.sql("""
					select t.id from followup_task t
					where t.shop_id = ? and t.kind = 'REVIEW_REMINDER' and t.status = 'OPEN'
					  and exists (select 1 from refund f where f.order_id = t.order_id and f.status in ('REQUESTED', 'REFUNDED'))
					for update of t
					""")
			.param(shop.value())
			.query(Long.class)
			.list();
	}

	/** Whether the order of a review reminder has a refund requested or made. */
	boolean disputed(FollowupId id) {
		return jdbc.sql("""
				select exists (select 1 from followup_task t join refund f on f.order_id = t.order_id
				               where t.id = ? and f.status in ('REQUESTED', 'REFUNDED'))
				""").param(id.value()).query(Boolean.class).single();
	}

	record Handled(@Nullable AgentId agent, Instant at) {
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
