package io.kefu.order.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kefu.order.Order;
import io.kefu.order.OrderItem;
import io.kefu.order.Refund;
import io.kefu.order.Remark;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.jspecify.annotations.Nullable;

/** Inserts new orders in batches and applies what a newer export says to a stored one. */
@Component
class OrderWrites {

	private static final String INSERT_ITEM = """
			insert into order_item (order_id, position, product_id, sku_id, title, sku_spec, quantity, unit_price)
			values (?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private static final String INSERT_REFUND = """
			insert into refund (order_id, refund_no, amount, status, reason, requested_at, refunded_at, closed_at)
			values (?, ?, ?, ?, ?, ?, ?, ?)
			""";

	// a case closed once keeps its closing time; only a case open again loses it, as the
	// table's check constraint wants
	private static final String UPDATE_REFUND = """
			on conflict (order_id, refund_no) do update set amount = excluded.amount,
			status = excluded.status, reason = excluded.reason, refunded_at = excluded.refunded_at,
			closed_at = case when excluded.status = 'REQUESTED' then null
			else coalesce(refund.closed_at, excluded.closed_at) end
			""";

	private static final String INSERT_REMARK = """
			insert into order_remark (order_id, agent_id, text, flag, created_at) values (?, ?, ?, ?, ?)
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Clock clock;

	OrderWrites(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.clock = clock;
	}

	void update(Order known, Order exported) {
		long id = known.id().value();
		jdbc.sql("""
				update shop_order set status = ?, created_at = ?, paid_at = ?, shipped_at = ?, received_at = ?,
				total_amount = ?, paid_amount = ?, shipping_fee = ?, flag = ?, receiver_name = ?, receiver_phone = ?,
				receiver_address = ?, version = version + 1 where id = ?
				""")
			.params(exported.status().name(), Timestamp.from(exported.createdAt()), timestamp(exported.paidAt()),
					timestamp(exported.shippedAt()), timestamp(exported.receivedAt()), exported.totalAmount(),
					exported.paidAmount(), exported.shippingFee(),
					exported.flag() == null ? null : exported.flag().name(),
					exported.receiver() == null ? null : exported.receiver().name(),
					exported.receiver() == null ? null : exported.receiver().phone(),
					exported.receiver() == null ? null : exported.receiver().address(), id)
			.update();
		if (OrderChanges.itemsChange(known, exported)) {
			jdbc.sql("delete from order_item where order_id = ?").param(id).update();
			template.batchUpdate(INSERT_ITEM, itemRows(id, exported));
		}
		Instant now = clock.instant();
		for (Refund refund : OrderChanges.newRefunds(known, exported)) {
			jdbc.sql(INSERT_REFUND + UPDATE_REFUND).params(refundRow(id, refund, now)).update();
		}
		template.batchUpdate(INSERT_REMARK,
				OrderChanges.newRemarks(known, exported).stream().map(remark -> remarkRow(id, remark)).toList());
	}

	static String key(Order order) {
		return order.shopId() + "/" + order.orderNo().value();
	}

	void addBatch(List<Order> orders) {
		if (orders.isEmpty()) {
			return;
		}
		Map<String, Long> ids = insertOrders(orders);
		Instant now = clock.instant();
		List<Object[]> items = new ArrayList<>();
		List<Object[]> refunds = new ArrayList<>();
		List<Object[]> remarks = new ArrayList<>();
		for (Order order : orders) {
			long id = ids.get(key(order));
			items.addAll(itemRows(id, order));
			order.refunds().forEach(refund -> refunds.add(refundRow(id, refund, now)));
			order.remarks().forEach(remark -> remarks.add(remarkRow(id, remark)));
		}
		template.batchUpdate(INSERT_ITEM, items);
		template.batchUpdate(INSERT_REFUND, refunds);
		template.batchUpdate(INSERT_REMARK, remarks);
	}

	private static List<Object[]> itemRows(long orderId, Order order) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < order.items().size(); i++) {
			OrderItem item = order.items().get(i);
			rows.add(new Object[] { orderId, i, item.productId() == null ? null : item.productId().value(),
					item.skuId(), item.title(), item.skuSpec(), item.quantity(), item.unitPrice() });
		}
		return rows;
	}

	private static Object[] refundRow(long orderId, Refund refund, Instant now) {
		return new Object[] { orderId, refund.refundNo(), refund.amount(), refund.status().name(), refund.reason(),
				Timestamp.from(refund.requestedAt()), timestamp(refund.refundedAt()),
				timestamp(closedAt(refund, now)) };
	}

	/**
	 * When an ended case closed: as its source says, else at its refund, else now, when
	 * Kefu learns of it; an upsert keeps a time stored before.
	 */
	private static @Nullable Instant closedAt(Refund refund, Instant now) {
		if (!refund.isClosed()) {
			return null;
		}
		if (refund.closedAt() != null) {
			return refund.closedAt();
		}
		return refund.refundedAt() != null ? refund.refundedAt() : now;
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	private static Object[] remarkRow(long orderId, Remark remark) {
		return new Object[] { orderId, remark.agentId() == null ? null : remark.agentId().value(), remark.text(),
				remark.flag() == null ? null : remark.flag().name(), Timestamp.from(remark.createdAt()) };
	}

	/**
	 * One statement for the batch, its columns passed as arrays, returning the new ids: a
	 * rewritten JDBC batch was eight statements of 128 rows to parse and plan, and a
	 * lookup of the ids after.
	 */
	private Map<String, Long> insertOrders(List<Order> orders) {
		int n = orders.size();
		Long[] shops = new Long[n];
		String[] numbers = new String[n];
		Long[] buyers = new Long[n];
		String[] statuses = new String[n];
		Timestamp[] created = new Timestamp[n];
		Timestamp[] paid = new Timestamp[n];
		Timestamp[] shipped = new Timestamp[n];
		Timestamp[] received = new Timestamp[n];
		BigDecimal[] totals = new BigDecimal[n];
		BigDecimal[] paidAmounts = new BigDecimal[n];
		BigDecimal[] shipping = new BigDecimal[n];
		String[] flags = new String[n];
		String[] names = new String[n];
		String[] phones = new String[n];
		String[] addresses = new String[n];
		for (int i = 0; i < n; i++) {
			Order o = orders.get(i);
			shops[i] = o.shopId().value();
			numbers[i] = o.orderNo().value();
			buyers[i] = o.buyerId().value();
			statuses[i] = o.status().name();
			created[i] = Timestamp.from(o.createdAt());
			paid[i] = timestamp(o.paidAt());
			shipped[i] = timestamp(o.shippedAt());
			received[i] = timestamp(o.receivedAt());
			totals[i] = o.totalAmount();
			paidAmounts[i] = o.paidAmount();
			shipping[i] = o.shippingFee();
			flags[i] = o.flag() == null ? null : o.flag().name();
			names[i] = o.receiver() == null ? null : o.receiver().name();
			phones[i] = o.receiver() == null ? null : o.receiver().phone();
			addresses[i] = o.receiver() == null ? null : o.receiver().address();
		}
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("""
				insert into shop_order (shop_id, order_no, buyer_id, status, created_at, paid_at, shipped_at,
				received_at, total_amount, paid_amount, shipping_fee, flag, receiver_name, receiver_phone,
				receiver_address)
				select * from unnest(?::bigint[], ?::text[], ?::bigint[], ?::text[], ?::timestamptz[],
				?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::numeric[], ?::numeric[], ?::numeric[],
				?::text[], ?::text[], ?::text[], ?::text[])
				returning id, shop_id, order_no
				""")
			.params(shops, numbers, buyers, statuses, created, paid, shipped, received, totals, paidAmounts, shipping,
					flags, names, phones, addresses)
			.query(rs -> {
				ids.put(rs.getLong(2) + "/" + rs.getString(3), rs.getLong(1));
			});
		return ids;
	}

}
