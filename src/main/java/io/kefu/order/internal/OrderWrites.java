package io.kefu.order.internal;

import java.sql.Timestamp;
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

/** Inserts new orders in batches and applies what a newer export says to a stored one. */
@Component
class OrderWrites {

	private static final String INSERT_ITEM = """
			insert into order_item (order_id, position, product_id, sku_id, title, sku_spec, quantity, unit_price)
			values (?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private static final String INSERT_REFUND = """
			insert into refund (order_id, refund_no, amount, status, reason, requested_at, refunded_at)
			values (?, ?, ?, ?, ?, ?, ?)
			""";

	private static final String INSERT_REMARK = """
			insert into order_remark (order_id, agent_id, text, flag, created_at) values (?, ?, ?, ?, ?)
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	OrderWrites(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	void update(Order known, Order exported) {
		long id = known.id().value();
		jdbc.sql("""
				update shop_order set status = ?, created_at = ?, paid_at = ?, total_amount = ?, paid_amount = ?,
				shipping_fee = ?, flag = ?, receiver_name = ?, receiver_phone = ?, receiver_address = ?,
				version = version + 1 where id = ?
				""")
			.params(exported.status().name(), Timestamp.from(exported.createdAt()),
					exported.paidAt() == null ? null : Timestamp.from(exported.paidAt()), exported.totalAmount(),
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
		for (Refund refund : OrderChanges.newRefunds(known, exported)) {
			jdbc.sql(INSERT_REFUND + """
					on conflict (order_id, refund_no) do update set amount = excluded.amount,
					status = excluded.status, reason = excluded.reason, refunded_at = excluded.refunded_at
					""").params(refundRow(id, refund)).update();
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
		template.batchUpdate("""
				insert into shop_order (shop_id, order_no, buyer_id, status, created_at, paid_at, total_amount,
				paid_amount, shipping_fee, flag, receiver_name, receiver_phone, receiver_address)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", orders, orders.size(), (ps, o) -> {
			ps.setLong(1, o.shopId());
			ps.setString(2, o.orderNo().value());
			ps.setLong(3, o.buyerId());
			ps.setString(4, o.status().name());
			ps.setTimestamp(5, Timestamp.from(o.createdAt()));
			ps.setTimestamp(6, o.paidAt() == null ? null : Timestamp.from(o.paidAt()));
			ps.setBigDecimal(7, o.totalAmount());
			ps.setBigDecimal(8, o.paidAmount());
			ps.setBigDecimal(9, o.shippingFee());
			ps.setString(10, o.flag() == null ? null : o.flag().name());
			ps.setString(11, o.receiver() == null ? null : o.receiver().name());
			ps.setString(12, o.receiver() == null ? null : o.receiver().phone());
			ps.setString(13, o.receiver() == null ? null : o.receiver().address());
		});
		Map<String, Long> ids = idsOf(orders);
		List<Object[]> items = new ArrayList<>();
		List<Object[]> refunds = new ArrayList<>();
		List<Object[]> remarks = new ArrayList<>();
		for (Order order : orders) {
			long id = ids.get(key(order));
			items.addAll(itemRows(id, order));
			order.refunds().forEach(refund -> refunds.add(refundRow(id, refund)));
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
			rows.add(new Object[] { orderId, i, item.productId(), item.skuId(), item.title(), item.skuSpec(),
					item.quantity(), item.unitPrice() });
		}
		return rows;
	}

	private static Object[] refundRow(long orderId, Refund refund) {
		return new Object[] { orderId, refund.refundNo(), refund.amount(), refund.status().name(), refund.reason(),
				Timestamp.from(refund.requestedAt()),
				refund.refundedAt() == null ? null : Timestamp.from(refund.refundedAt()) };
	}

	private static Object[] remarkRow(long orderId, Remark remark) {
		return new Object[] { orderId, remark.agentId(), remark.text(),
				remark.flag() == null ? null : remark.flag().name(), Timestamp.from(remark.createdAt()) };
	}

	private Map<String, Long> idsOf(List<Order> orders) {
		Map<String, Long> ids = new HashMap<>();
		Map<Long, List<String>> numbersByShop = new HashMap<>();
		orders.forEach(o -> numbersByShop.computeIfAbsent(o.shopId(), s -> new ArrayList<>()).add(o.orderNo().value()));
		numbersByShop.forEach((shop, numbers) -> jdbc.sql("""
				select n, (select id from shop_order where shop_id = ? and order_no = n) from unnest(?::text[]) as n
				""").params(shop, numbers.toArray(String[]::new)).query(rs -> {
			ids.put(shop + "/" + rs.getString(1), rs.getLong(2));
		}));
		return ids;
	}

}
