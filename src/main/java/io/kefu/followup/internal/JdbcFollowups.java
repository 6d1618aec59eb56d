package io.kefu.followup.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kefu.customer.BuyerId;
import io.kefu.followup.AfterSalesCases;
import io.kefu.followup.Channel;
import io.kefu.followup.Followup;
import io.kefu.followup.FollowupId;
import io.kefu.followup.FollowupKind;
import io.kefu.followup.FollowupQuery;
import io.kefu.followup.FollowupSequence;
import io.kefu.followup.FollowupSettings;
import io.kefu.followup.FollowupStatus;
import io.kefu.followup.Followups;
import io.kefu.followup.InquiryFollowup;
import io.kefu.followup.InquiryLead;
import io.kefu.followup.LeftMessage;
import io.kefu.followup.OneTouchFollowup;
import io.kefu.followup.PaymentReminder;
import io.kefu.followup.ReminderFigures;
import io.kefu.followup.TimeWindow;
import io.kefu.followup.Touch;
import io.kefu.followup.TouchOutcome;
import io.kefu.followup.TouchRefusedException;
import io.kefu.followup.TouchRequest;
import io.kefu.followup.UnknownFollowupException;
import io.kefu.order.OrderId;
import io.kefu.order.OrderNo;
import io.kefu.order.OrderStatus;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import org.jspecify.annotations.Nullable;

/**
 * Follow-ups in PostgreSQL. Opening, settling and assigning reminders read the orders
 * ({@code shop_order}) and their credits at creation ({@code credited_order}, judge rule
 * {@code ORDER}) in one statement each, as the figures read the orders they add up: an
 * import of 100,000 orders must not become 100,000 round trips.
 */
@Repository
@Transactional(readOnly = true)
class JdbcFollowups implements Followups {

	/** Orders placed longer ago than this get no reminder when they are imported. */
	static final Duration RECENT = Duration.ofDays(7);

	private static final String SELECT = """
			select t.id, t.shop_id, t.kind, t.order_id, o.order_no, t.buyer_id, b.nick, t.agent_id, t.started_at,
			t.due_at, t.status, t.reason, t.reason_note, t.closed_at, t.paid_amount, o.total_amount, t.skill_group
			from followup_task t join buyer b on b.id = t.buyer_id left join shop_order o on o.id = t.order_id
			""";

	private final JdbcClient jdbc;

	private final Shops shops;

	private final Clock clock;

	private final AfterSaleTasks afterSale;

	JdbcFollowups(JdbcClient jdbc, Shops shops, Clock clock, AfterSaleTasks afterSale) {
		this.afterSale = afterSale;
		this.jdbc = jdbc;
		this.shops = shops;
		this.clock = clock;
	}

	@Override
	public FollowupSettings settings(ShopId shop) {
		return jdbc.sql("""
				select reminder_delay_minutes, overdue_hours, reminder_window_hours, message_start, message_end,
				call_windows, reasons, review_days, cut_off, gift, delivery_days, visit_days
				from followup_settings where shop_id = ?
				""").param(shop.value()).query(JdbcFollowups::mapSettings).optional().orElse(FollowupSettings.DEFAULTS);
	}

	@Override
	@Transactional
	public FollowupSettings changeSettings(ShopId shop, FollowupSettings s) {
		jdbc.sql(
				"""
						insert into followup_settings (shop_id, reminder_delay_minutes, overdue_hours, reminder_window_hours,
						    message_start, message_end, call_windows, reasons, review_days, cut_off, gift, delivery_days, visit_days)
						values (?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?, ?, ?, ?, ?)
						on conflict (shop_id) do update set reminder_delay_minutes = excluded.reminder_delay_minutes,
						    overdue_hours = excluded.overdue_hours, reminder_window_hours = excluded.reminder_window_hours,
						    message_start = excluded.message_start, message_end = excluded.message_end,
						    call_windows = excluded.call_windows, reasons = excluded.reasons,
						    review_days = excluded.review_days, cut_off = excluded.cut_off, gift = excluded.gift,
						    delivery_days = excluded.delivery_days, visit_days = excluded.visit_days
						""")
			.params(shop.value(), (int) s.reminderDelay().toMinutes(), (int) s.overdueAfter().toHours(),
					(int) s.reminderWindow().toHours(), s.messageWindow().start(), s.messageWindow().end(),
					s.callWindows().stream().map(TimeWindow::toString).toArray(String[]::new),
					s.reasons().toArray(String[]::new), s.reviewDays(), s.cutOff(), s.gift(), s.deliveryDays(),
					s.visitDays())
			.update();
		return settings(shop);
	}

	@Override
	public List<Followup> list(FollowupQuery query) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = where(query, params);
		params.add(query.limit());
		params.add(query.offset());
		List<Followup> tasks = jdbc.sql(SELECT + where
				+ " order by t.status <> 'OPEN', case when t.status = 'OPEN' then t.due_at end, t.closed_at desc, t.id"
				+ " limit ? offset ?")
			.params(params)
			.query(JdbcFollowups::mapTask)
			.list();
		return withTouches(tasks);
	}

	@Override
	public Map<FollowupKind, Long> countOpen(FollowupQuery query, @Nullable Instant dueBy) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = where(query.inStatus(FollowupStatus.OPEN), params);
		if (dueBy != null) {
			where.append(" and t.due_at <= ?");
			params.add(utc(dueBy));
		}
		Map<FollowupKind, Long> counts = new EnumMap<>(FollowupKind.class);
		jdbc.sql("select t.kind, count(*) from followup_task t " + where + " group by t.kind")
			.params(params)
			.query((rs, n) -> counts.put(FollowupKind.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	/** The query's conditions, its parameters added to {@code params}. */
	private StringBuilder where(FollowupQuery query, List<Object> params) {
		StringBuilder where = new StringBuilder("where t.shop_id = ?");
		params.add(query.shop().value());
		Shop shop = shops.get(query.shop());
		if (query.from() != null) {
			where.append(" and t.started_at >= ?");
			params.add(utc(shop.startOf(query.from())));
		}
		if (query.to() != null) {
			where.append(" and t.started_at < ?");
			params.add(utc(shop.startOf(query.to().plusDays(1))));
		}
		if (query.agent() != null && query.unassignedOf().isEmpty()) {
			where.append(" and t.agent_id = ?");
			params.add(query.agent().value());
		}
		else if (query.agent() != null) {
			where.append(" and (t.agent_id = ? or (t.agent_id is null and t.skill_group = any(?)))");
			params.add(query.agent().value());
			params.add(query.unassignedOf().stream().map(Enum::name).toArray(String[]::new));
		}
		if (query.kind() != null) {
			where.append(" and t.kind = ?");
			params.add(query.kind().name());
		}
		if (query.status() != null) {
			where.append(" and t.status = ?");
			params.add(query.status().name());
		}
		return where;
	}

	@Override
	public Optional<Followup> find(FollowupId id) {
		return jdbc.sql(SELECT + "where t.id = ?")
			.param(id.value())
			.query(JdbcFollowups::mapTask)
			.optional()
			.map(task -> withTouches(List.of(task)).get(0));
	}

	@Override
	public long count(ShopId shop, FollowupKind kind) {
		return jdbc.sql("select count(*) from followup_task where shop_id = ? and kind = ?")
			.params(shop.value(), kind.name())
			.query(Long.class)
			.single();
	}

	/**
	 * A refused touch keeps what settling the task found (the order was paid or closed):
	 * the refusal is the answer, not a failure to undo.
	 */
	@Override
	@Transactional(noRollbackFor = TouchRefusedException.class)
	public Followup touch(FollowupId id, TouchRequest request, AgentId agent, Instant now) {
		Followup task = locked(id);
		Shop shop = shops.get(task.shopId());
		FollowupSettings settings = settings(shop.id());
		Followup settled = settleNow(settings, shop, task, now);
		if (settled != task) {
			store(settled);
			throw new TouchRefusedException(TouchRefusedException.Refusal.CLOSED,
					"This follow-up closed meanwhile (" + closedBecause(settled) + "): " + settled.status());
		}
		Followup touched = FollowupSequence.of(task.kind(), settings, shop.timeZone()).touch(task, request, agent, now);
		Touch added = touched.lastTouch().orElseThrow();
		jdbc.sql("""
				insert into followup_touch (task_id, step, channel, outcome, agent_id, at, note)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id.value(), added.step(), added.channel().name(), added.outcome().name(), agent.value(),
					utc(added.at()), added.note())
			.update();
		store(touched.agentId() == null ? touched.assignedTo(agent) : touched);
		return find(id).orElseThrow();
	}

	@Override
	@Transactional
	public Followup assign(FollowupId id, @Nullable AgentId agent) {
		Followup task = locked(id);
		if (!task.status().isOpen()) {
			throw new TouchRefusedException(TouchRefusedException.Refusal.CLOSED,
					"This follow-up is closed: " + task.status());
		}
		jdbc.sql("update followup_task set agent_id = ? where id = ?")
			.params(agent == null ? null : agent.value(), id.value())
			.update();
		return find(id).orElseThrow();
	}

	@Override
	@Transactional
	public int openPaymentReminders(ShopId shop, Instant from, Instant to) {
		FollowupSettings settings = settings(shop);
		Instant recent = clock.instant().minus(RECENT);
		Instant earliest = from.isAfter(recent) ? from : recent;
		if (earliest.isAfter(to)) {
			return 0;
		}
		return jdbc.sql("""
				insert into followup_task (shop_id, kind, order_id, buyer_id, agent_id, started_at, due_at)
				select o.shop_id, 'PAYMENT_REMINDER', o.id, o.buyer_id, c.agent_id, o.created_at,
				       o.created_at + make_interval(mins => ?)
				from shop_order o
				left join credited_order c on c.order_id = o.id and c.judge_rule = 'ORDER'
				where o.shop_id = ? and o.status = 'WAITING_PAYMENT' and o.created_at between ? and ?
				on conflict (order_id, kind) where order_id is not null do nothing
				""").params((int) settings.reminderDelay().toMinutes(), shop.value(), utc(earliest), utc(to)).update();
	}

	@Override
	@Transactional
	public int settle(ShopId shop) {
		PaymentReminder reminder = reminderOf(shop);
		Map<Long, OrderState> changed = new HashMap<>();
		jdbc.sql(
				"""
						select t.id, o.status, o.paid_at, o.paid_amount from followup_task t join shop_order o on o.id = t.order_id
						where t.shop_id = ? and t.kind = 'PAYMENT_REMINDER'
						  and ((t.status in ('OPEN', 'UNPAID') and o.paid_at is not null)
						       or (t.status = 'OPEN' and o.status = 'CLOSED'))
						for update of t
						""")
			.param(shop.value())
			.query(row -> {
				changed.put(row.getLong(1), new OrderState(OrderStatus.valueOf(row.getString(2)),
						instant(row.getObject(3, OffsetDateTime.class)), row.getBigDecimal(4)));
			});
		Instant now = clock.instant();
		int settled = 0;
		for (Followup task : tasksWithIds(List.copyOf(changed.keySet()))) {
			OrderState order = changed.get(task.id().value());
			Followup after = reminder.settle(task, order.status(), order.paidAt(), order.paidAmount(), now);
			if (after != task) {
				store(after);
				settled++;
			}
		}
		return settled + settleInquiries(shop) + settleDisputedReviews(shop);
	}

	/** Open review reminders whose buyers asked for a refund since. */
	private int settleDisputedReviews(ShopId shop) {
		List<Long> disputed = afterSale.disputedReviewReminders(shop);
		if (disputed.isEmpty()) {
			return 0;
		}
		OneTouchFollowup review = OneTouchFollowup.reviewReminder(settings(shop), shops.get(shop).timeZone());
		Instant now = clock.instant();
		for (Followup task : tasksWithIds(disputed)) {
			store(review.settleDisputed(task, now));
		}
		return disputed.size();
	}

	@Override
	@Transactional
	public int openReviewReminders(ShopId shop, Instant now) {
		return afterSale.openReviewReminders(shop, settings(shop), now);
	}

	@Override
	@Transactional
	public int openAfterSalesVisits(ShopId shop, Instant now) {
		return afterSale.openAfterSalesVisits(shop, settings(shop), now);
	}

	@Override
	@Transactional
	public void openOfflineMessage(ShopId shop, long offlineMessageId, BuyerId buyer, SkillGroup group,
			Instant leftAt) {
		afterSale.openOfflineMessage(shop, offlineMessageId, buyer, group, leftAt);
	}

	@Override
	@Transactional
	public void closeOfflineMessage(long offlineMessageId, AgentId agent, Instant at) {
		afterSale.closeOfflineMessage(offlineMessageId, agent, at);
	}

	@Override
	public Optional<LeftMessage> leftMessage(FollowupId id) {
		return afterSale.leftMessage(id);
	}

	/** Inquiries whose buyer placed an order after the inquiry began. */
	private int settleInquiries(ShopId shop) {
		InquiryFollowup inquiry = new InquiryFollowup(settings(shop), shops.get(shop).timeZone());
		Map<Long, Instant> firstOrders = new HashMap<>();
		jdbc.sql("""
				select t.id, (select min(o.created_at) from shop_order o
				              where o.shop_id = t.shop_id and o.buyer_id = t.buyer_id and o.created_at > t.started_at)
				from followup_task t
				where t.shop_id = ? and t.kind = 'INQUIRY' and t.status in ('OPEN', 'DONE')
				  and exists (select 1 from shop_order o
				              where o.shop_id = t.shop_id and o.buyer_id = t.buyer_id and o.created_at > t.started_at)
				for update of t
				""").param(shop.value()).query(row -> {
			firstOrders.put(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant());
		});
		int settled = 0;
		for (Followup task : tasksWithIds(List.copyOf(firstOrders.keySet()))) {
			Followup after = inquiry.settle(task, firstOrders.get(task.id().value()));
			if (after != task) {
				store(after);
				settled++;
			}
		}
		return settled;
	}

	/** What settling a payment reminder reads of its order. */
	private record OrderState(OrderStatus status, @Nullable Instant paidAt, @Nullable BigDecimal paidAmount) {
	}

	private @Nullable Instant firstOrderAfter(Followup task) {
		return jdbc.sql("""
				select min(created_at) from shop_order where shop_id = ? and buyer_id = ? and created_at > ?
				""")
			.params(task.shopId().value(), task.buyerId().value(), utc(task.startedAt()))
			.query((row, n) -> instant(row.getObject(1, OffsetDateTime.class)))
			.optional()
			.orElse(null);
	}

	@Override
	@Transactional
	public int openInquiries(ShopId shop, List<InquiryLead> leads) {
		if (leads.isEmpty()) {
			return 0;
		}
		Shop found = shops.get(shop);
		return jdbc
			.sql("""
					insert into followup_task (shop_id, kind, buyer_id, agent_id, day, started_at, due_at)
					select ?, 'INQUIRY', b, a, d, f, n
					from unnest(?::bigint[], ?::bigint[], ?::text[]::date[], ?::text[]::timestamptz[], ?::text[]::timestamptz[])
					    as l(b, a, d, f, n)
					on conflict (shop_id, buyer_id, day) where kind = 'INQUIRY' do nothing
					""")
			.params(shop.value(), leads.stream().map(lead -> lead.buyer().value()).toArray(Long[]::new),
					leads.stream().map(lead -> lead.agent().value()).toArray(Long[]::new),
					leads.stream().map(lead -> lead.day().toString()).toArray(String[]::new),
					leads.stream().map(lead -> utc(lead.firstInAt()).toString()).toArray(String[]::new),
					leads.stream()
						.map(lead -> utc(found.startOf(lead.day().plusDays(1))).toString())
						.toArray(String[]::new))
			.update();
	}

	@Override
	@Transactional
	public int assignCredited(ShopId shop) {
		return jdbc.sql("""
				update followup_task t set agent_id = c.agent_id
				from credited_order c
				where c.order_id = t.order_id and c.judge_rule = 'ORDER' and c.agent_id is not null
				  and t.shop_id = ? and t.kind = 'PAYMENT_REMINDER' and t.status = 'OPEN' and t.agent_id is null
				  and not exists (select 1 from followup_touch h where h.task_id = t.id)
				""").param(shop.value()).update();
	}

	@Override
	public List<ReminderFigures> reminderFigures(ShopId shopId, LocalDate from, LocalDate to) {
		Shop shop = shops.get(shopId);
		return jdbc.sql("""
				select ((h.at at time zone ?) - make_interval(secs => ?))::date as day, h.agent_id,
				       count(*), count(*) filter (where t.status = 'SUCCEEDED'),
				       coalesce(sum(t.paid_amount) filter (where t.status = 'SUCCEEDED'), 0)
				from followup_task t join followup_touch h on h.task_id = t.id and h.step = 1
				where t.shop_id = ? and t.kind = 'PAYMENT_REMINDER' and h.agent_id is not null
				  and h.at >= ? and h.at < ?
				group by 1, 2 order by 1, 2
				""")
			.params(shop.timeZone().getId(), shop.daySplit().toSecondOfDay(), shopId.value(), utc(shop.startOf(from)),
					utc(shop.startOf(to.plusDays(1))))
			.query((row, n) -> {
				long reminded = row.getLong(3);
				long successful = row.getLong(4);
				return new ReminderFigures(row.getObject(1, LocalDate.class), AgentId.of(row.getLong(2)), reminded,
						successful, (double) successful / reminded, row.getBigDecimal(5));
			})
			.list();
	}

	@Override
	public List<AfterSalesCases> afterSalesCases(ShopId shopId, LocalDate from, LocalDate to, Instant now) {
		Shop shop = shops.get(shopId);
		int overdueHours = (int) settings(shopId).overdueAfter().toHours();
		return jdbc.sql("""
				select agent_id, count(*), count(*) filter (where closed_at <= deadline)
				from (select agent_id, closed_at, due_at + make_interval(hours => ?) as deadline
				      from followup_task
				      where shop_id = ? and skill_group = 'AFTER_SALES' and agent_id is not null
				        and kind in ('REVIEW_REMINDER', 'AFTER_SALES_VISIT', 'OFFLINE_MESSAGE')
				        and status <> 'CANCELLED' and due_at >= ? and due_at < ?) t
				where closed_at is not null or deadline < ?
				group by agent_id order by agent_id
				""")
			.params(overdueHours, shopId.value(), utc(shop.startOf(from)), utc(shop.startOf(to.plusDays(1))), utc(now))
			.query((row, n) -> new AfterSalesCases(AgentId.of(row.getLong(1)), row.getLong(2), row.getLong(3)))
			.list();
	}

	private List<Followup> tasksWithIds(List<Long> ids) {
		return withTouches(jdbc.sql(SELECT + "where t.id = any(?)")
			.param(ids.toArray(Long[]::new))
			.query(JdbcFollowups::mapTask)
			.list());
	}

	/**
	 * The task as what it follows up stands now: its order, its buyer's orders for an
	 * inquiry, a refund for a review reminder, the desk for an offline message.
	 */
	private Followup settleNow(FollowupSettings settings, Shop shop, Followup task, Instant now) {
		return switch (task.kind()) {
			case INQUIRY -> new InquiryFollowup(settings, shop.timeZone()).settle(task, firstOrderAfter(task));
			case PAYMENT_REMINDER -> settleAgainstOrder(new PaymentReminder(settings, shop.timeZone()), task, now);
			case REVIEW_REMINDER -> afterSale.disputed(task.id())
					? OneTouchFollowup.reviewReminder(settings, shop.timeZone()).settleDisputed(task, now) : task;
			case OFFLINE_MESSAGE -> afterSale.handledAtDesk(task.id())
				.map(handled -> OneTouchFollowup.offlineMessageReply(settings, shop.timeZone())
					.settleHandled(task, handled.agent(), handled.at()))
				.orElse(task);
			case AFTER_SALES_VISIT, SECOND_MARKETING -> task;
		};
	}

	private static String closedBecause(Followup settled) {
		return switch (settled.kind()) {
			case PAYMENT_REMINDER ->
				settled.status() == FollowupStatus.CANCELLED ? "the order was closed" : "the order was paid";
			case INQUIRY -> "the buyer ordered";
			case REVIEW_REMINDER -> "the buyer asked for a refund";
			case OFFLINE_MESSAGE -> "the message was handled at the desk";
			case AFTER_SALES_VISIT, SECOND_MARKETING -> "it was worked";
		};
	}

	private Followup locked(FollowupId id) {
		jdbc.sql("select id from followup_task where id = ? for update")
			.param(id.value())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new UnknownFollowupException(id));
		return find(id).orElseThrow(() -> new UnknownFollowupException(id));
	}

	private PaymentReminder reminderOf(ShopId shop) {
		return new PaymentReminder(settings(shop), shops.get(shop).timeZone());
	}

	private Followup settleAgainstOrder(PaymentReminder reminder, Followup task, Instant now) {
		if (task.orderId() == null) {
			return task;
		}
		return jdbc.sql("select status, paid_at, paid_amount from shop_order where id = ?")
			.param(task.orderId().value())
			.query((row, n) -> reminder.settle(task, OrderStatus.valueOf(row.getString(1)),
					instant(row.getObject(2, OffsetDateTime.class)), row.getBigDecimal(3), now))
			.optional()
			.orElse(task);
	}

	private void store(Followup task) {
		jdbc.sql("""
				update followup_task set agent_id = ?, status = ?, reason = ?, reason_note = ?, closed_at = ?,
				paid_amount = ? where id = ?
				""")
			.params(task.agentId() == null ? null : task.agentId().value(), task.status().name(), task.reason(),
					task.reasonNote(), task.closedAt() == null ? null : utc(task.closedAt()), task.paidAmount(),
					task.id().value())
			.update();
	}

	private List<Followup> withTouches(List<Followup> tasks) {
		if (tasks.isEmpty()) {
			return tasks;
		}
		Map<Long, List<Touch>> touches = new HashMap<>();
		jdbc.sql("""
				select task_id, step, channel, outcome, agent_id, at, note from followup_touch
				where task_id = any(?) order by task_id, step
				""").param(tasks.stream().map(task -> task.id().value()).toArray(Long[]::new)).query(row -> {
			Long agent = row.getObject(5, Long.class);
			touches.computeIfAbsent(row.getLong(1), key -> new ArrayList<>())
				.add(new Touch(row.getInt(2), Channel.valueOf(row.getString(3)), TouchOutcome.valueOf(row.getString(4)),
						agent == null ? null : AgentId.of(agent), row.getObject(6, OffsetDateTime.class).toInstant(),
						row.getString(7)));
		});
		return tasks.stream()
			.map(task -> new Followup(task.id(), task.shopId(), task.kind(), task.orderId(), task.orderNo(),
					task.buyerId(), task.buyerNick(), task.agentId(), task.group(), task.startedAt(), task.dueAt(),
					task.status(), touches.getOrDefault(task.id().value(), List.of()), task.reason(), task.reasonNote(),
					task.closedAt(), task.paidAmount(), task.orderAmount()))
			.toList();
	}

	private static Followup mapTask(ResultSet row, int n) throws SQLException {
		Long orderId = row.getObject(4, Long.class);
		String orderNo = row.getString(5);
		Long agent = row.getObject(8, Long.class);
		return new Followup(FollowupId.of(row.getLong(1)), ShopId.of(row.getLong(2)),
				FollowupKind.valueOf(row.getString(3)), orderId == null ? null : OrderId.of(orderId),
				orderNo == null ? null : OrderNo.of(orderNo), BuyerId.of(row.getLong(6)), row.getString(7),
				agent == null ? null : AgentId.of(agent), SkillGroup.valueOf(row.getString(17)),
				row.getObject(9, OffsetDateTime.class).toInstant(), row.getObject(10, OffsetDateTime.class).toInstant(),
				FollowupStatus.valueOf(row.getString(11)), List.of(), row.getString(12), row.getString(13),
				instant(row.getObject(14, OffsetDateTime.class)), row.getBigDecimal(15), row.getBigDecimal(16));
	}

	private static FollowupSettings mapSettings(ResultSet row, int n) throws SQLException {
		return new FollowupSettings(Duration.ofMinutes(row.getInt(1)), Duration.ofHours(row.getInt(2)),
				Duration.ofHours(row.getInt(3)),
				new TimeWindow(row.getObject(4, LocalTime.class), row.getObject(5, LocalTime.class)),
				Arrays.stream((String[]) row.getArray(6).getArray()).map(TimeWindow::parse).toList(),
				List.of((String[]) row.getArray(7).getArray()), row.getInt(8), row.getInt(11), row.getInt(12),
				row.getObject(9, LocalTime.class), row.getString(10));
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
