package io.kefu.order.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kefu.customer.BuyerId;
import io.kefu.order.CancelRefused;
import io.kefu.order.Flag;
import io.kefu.order.Order;
import io.kefu.order.OrderId;
import io.kefu.order.OrderNo;
import io.kefu.order.Orders;
import io.kefu.order.OrdersStored;
import io.kefu.order.Refund;
import io.kefu.order.Remark;
import io.kefu.order.RemarkForm;
import io.kefu.order.RemarkKind;
import io.kefu.order.RemarkTask;
import io.kefu.order.UnknownOrderException;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JdbcOrders implements Orders {

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final OrderReads reads;

	private final OrderWrites writes;

	private final RemarkWrites remarks;

	private final ApplicationEventPublisher events;

	JdbcOrders(JdbcClient jdbc, OrderReads reads, OrderWrites writes, RemarkWrites remarks,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.reads = reads;
		this.writes = writes;
		this.remarks = remarks;
		this.events = events;
	}

	@Override
	public Optional<Order> find(OrderId id) {
		return reads.where("where id = ?", id.value()).stream().findFirst();
	}

	@Override
	public Optional<Order> findByNo(ShopId shopId, OrderNo orderNo) {
		return reads.where("where shop_id = ? and order_no = ?", shopId.value(), orderNo.value()).stream().findFirst();
	}

	@Override
	public List<Order> ofBuyer(ShopId shopId, BuyerId buyerId) {
		return reads.where("where shop_id = ? and buyer_id = ? order by created_at", shopId.value(), buyerId.value());
	}

	@Override
	public List<Order> latestOfBuyer(ShopId shopId, BuyerId buyerId, int limit) {
		return reads.where("where shop_id = ? and buyer_id = ? order by created_at desc, id desc limit ?",
				shopId.value(), buyerId.value(), limit);
	}

	@Override
	public List<Order> withNumbers(ShopId shopId, Collection<OrderNo> orderNos) {
		if (orderNos.isEmpty()) {
			return List.of();
		}
		// the ids come from one probe of the whole key per number; order_no = any(?)
		// was planned as a scan of the shop's every order
		return reads.where("""
				where id = any(array(select (select id from shop_order where shop_id = ? and order_no = n)
				from unnest(?::text[]) as n))
				""", shopId.value(), orderNos.stream().map(OrderNo::value).toArray(String[]::new));
	}

	@Override
	@Transactional
	public void addAll(List<Order> orders) {
		for (int from = 0; from < orders.size(); from += BATCH) {
			writes.addBatch(orders.subList(from, Math.min(orders.size(), from + BATCH)));
		}
		announce(orders);
	}

	@Override
	@Transactional
	public List<Recorded> record(List<Order> orders) {
		List<Recorded> outcomes = new ArrayList<>(orders.size());
		List<Order> changed = new ArrayList<>();
		// an import records its batches in one transaction while the table's statistics
		// still describe it before the import: a plan cached for the first batches (a
		// scan
		// of a table believed empty) would then read every order stored so far for each
		// number looked up, and an import of 150 000 orders after a restart never ended
		jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		for (int from = 0; from < orders.size(); from += BATCH) {
			outcomes.addAll(recordBatch(orders.subList(from, Math.min(orders.size(), from + BATCH)), changed));
		}
		announce(changed);
		return outcomes;
	}

	/**
	 * The order's row is locked first, so that two remarks written at once leave the flag
	 * of the one stored last.
	 */
	@Override
	@Transactional
	public RemarkTask addRemark(OrderId orderId, AgentId agentId, RemarkForm form, Flag flag, RemarkKind kind,
			Instant at) {
		Order order = reads.withRefundsWhere("where id = ? for update", orderId.value())
			.stream()
			.findFirst()
			.orElseThrow(() -> new UnknownOrderException(orderId));
		if (kind == RemarkKind.CANCEL && order.voidability() != Order.Voidability.VOIDABLE) {
			throw new CancelRefused(order.orderNo(), order.voidability());
		}
		Remark remark = new Remark(agentId, form.text(), flag, at);
		Order remarked = order.remark(remark);
		RemarkTask task = remarks.add(remarked, remark, kind);
		if (remarked.flag() != order.flag()) {
			announce(List.of(remarked));
		}
		return task;
	}

	/**
	 * One event a shop, spanning the creations, payments and refunds of the orders given
	 * (for a changed order, both as it was and as it is).
	 */
	private void announce(List<Order> orders) {
		Map<ShopId, Instant[]> spans = new HashMap<>();
		for (Order order : orders) {
			List<Instant> moments = new ArrayList<>();
			moments.add(order.createdAt());
			if (order.paidAt() != null) {
				moments.add(order.paidAt());
			}
			for (Refund refund : order.refunds()) {
				moments.add(refund.requestedAt());
				if (refund.refundedAt() != null) {
					moments.add(refund.refundedAt());
				}
			}
			for (Instant moment : moments) {
				spans.merge(order.shopId(), new Instant[] { moment, moment }, (a,
						b) -> new Instant[] { a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1] });
			}
		}
		spans.forEach((shopId, span) -> events.publishEvent(new OrdersStored(shopId, span[0], span[1])));
	}

	private List<Recorded> recordBatch(List<Order> batch, List<Order> changed) {
		Map<String, Order> stored = new HashMap<>();
		storedAmong(batch).forEach(order -> stored.put(OrderWrites.key(order), order));
		List<Order> fresh = new ArrayList<>();
		List<Recorded> outcomes = new ArrayList<>(batch.size());
		for (Order exported : batch) {
			Order known = stored.get(OrderWrites.key(exported));
			if (known == null) {
				fresh.add(exported);
				changed.add(exported);
				outcomes.add(Recorded.INSERTED);
				continue;
			}
			Order merged = OrderChanges.keepingKnownTimes(known, exported);
			if (OrderChanges.changes(known, merged)) {
				writes.update(known, merged);
				changed.add(known);
				changed.add(merged);
				outcomes.add(Recorded.UPDATED);
			}
			else {
				outcomes.add(Recorded.UNCHANGED);
			}
		}
		writes.addBatch(fresh);
		return outcomes;
	}

	private List<Order> storedAmong(List<Order> batch) {
		Map<ShopId, List<OrderNo>> numbersByShop = new HashMap<>();
		batch.forEach(o -> numbersByShop.computeIfAbsent(o.shopId(), s -> new ArrayList<>()).add(o.orderNo()));
		List<Order> stored = new ArrayList<>();
		numbersByShop.forEach((shop, numbers) -> stored.addAll(withNumbers(shop, numbers)));
		return stored;
	}

	@Override
	public Optional<Instant> firstCreatedAt(ShopId shopId) {
		// min() of no rows is one null row: optional(), not single(), which refuses a
		// null
		return jdbc.sql("select min(created_at) from shop_order where shop_id = ?")
			.param(shopId.value())
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant);
	}

	@Override
	public List<Order> paymentsActiveBetween(ShopId shopId, Instant from, Instant to) {
		OffsetDateTime start = from.atOffset(ZoneOffset.UTC);
		OffsetDateTime end = to.atOffset(ZoneOffset.UTC);
		return reads.withRefundsWhere("""
				where shop_id = ? and ((created_at >= ? and created_at < ?) or (paid_at >= ? and paid_at < ?)
				or id in (select order_id from refund where refunded_at >= ? and refunded_at < ?))
				order by created_at, id
				""", shopId.value(), start, end, start, end, start, end);
	}

	@Override
	public OrderCounts countCreatedBetween(ShopId shopId, Instant from, Instant to) {
		return jdbc.sql("""
				select count(*), count(paid_at) from shop_order where shop_id = ? and created_at >= ? and created_at < ?
				""")
			.params(shopId.value(), from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new OrderCounts(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	@Override
	public BigDecimal paidAmountBetween(ShopId shopId, Instant from, Instant to) {
		return jdbc.sql("""
				select coalesce(sum(paid_amount), 0) from shop_order where shop_id = ? and paid_at >= ? and paid_at < ?
				""")
			.params(shopId.value(), from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))
			.query(BigDecimal.class)
			.single();
	}

}
