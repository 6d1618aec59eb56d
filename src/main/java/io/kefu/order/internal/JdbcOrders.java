package io.kefu.order.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kefu.order.Flag;
import io.kefu.order.Order;
import io.kefu.order.OrderId;
import io.kefu.order.OrderItem;
import io.kefu.order.OrderNo;
import io.kefu.order.OrderStatus;
import io.kefu.order.Orders;
import io.kefu.order.Refund;
import io.kefu.order.Remark;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JdbcOrders implements Orders {

	private static final int BATCH = 1000;

	private static final String SELECT = """
			select id, shop_id, order_no, buyer_id, status, created_at, paid_at, total_amount, paid_amount,
			shipping_fee, flag, receiver_name, receiver_phone, receiver_address from shop_order
			""";

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

	JdbcOrders(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	@Override
	public Optional<Order> find(OrderId id) {
		return withDetails(jdbc.sql(SELECT + "where id = ?").param(id.value()).query(JdbcOrders::map).list()).stream()
			.findFirst();
	}

	@Override
	public Optional<Order> findByNo(long shopId, OrderNo orderNo) {
		return withDetails(jdbc.sql(SELECT + "where shop_id = ? and order_no = ?")
			.params(shopId, orderNo.value())
			.query(JdbcOrders::map)
			.list()).stream().findFirst();
	}

	@Override
	public List<Order> ofBuyer(long shopId, long buyerId) {
		return withDetails(jdbc.sql(SELECT + "where shop_id = ? and buyer_id = ? order by created_at")
			.params(shopId, buyerId)
			.query(JdbcOrders::map)
			.list());
	}

	@Override
	public List<Order> withNumbers(long shopId, Collection<OrderNo> orderNos) {
		if (orderNos.isEmpty()) {
			return List.of();
		}
		return withDetails(jdbc.sql(SELECT + "where shop_id = ? and order_no = any(?)")
			.params(shopId, orderNos.stream().map(OrderNo::value).toArray(String[]::new))
			.query(JdbcOrders::map)
			.list());
	}

	@Override
	@Transactional
	public void addAll(List<Order> orders) {
		for (int from = 0; from < orders.size(); from += BATCH) {
			addBatch(orders.subList(from, Math.min(orders.size(), from + BATCH)));
		}
	}

	@Override
	@Transactional
	public List<Recorded> record(List<Order> orders) {
		List<Recorded> outcomes = new ArrayList<>(orders.size());
		for (int from = 0; from < orders.size(); from += BATCH) {
			outcomes.addAll(recordBatch(orders.subList(from, Math.min(orders.size(), from + BATCH))));
		}
		return outcomes;
	}

	private List<Recorded> recordBatch(List<Order> batch) {
		Map<String, Order> stored = new HashMap<>();
		storedAmong(batch).forEach(order -> stored.put(key(order), order));
		List<Order> fresh = new ArrayList<>();
		List<Recorded> outcomes = new ArrayList<>(batch.size());
		for (Order exported : batch) {
			Order known = stored.get(key(exported));
			if (known == null) {
				fresh.add(exported);
				outcomes.add(Recorded.INSERTED);
			}
			else if (OrderChanges.changes(known, exported)) {
				update(known, exported);
				outcomes.add(Recorded.UPDATED);
			}
			else {
				outcomes.add(Recorded.UNCHANGED);
			}
		}
		addBatch(fresh);
		return outcomes;
	}

	private List<Order> storedAmong(List<Order> batch) {
		Map<Long, List<String>> numbersByShop = new HashMap<>();
		batch.forEach(o -> numbersByShop.computeIfAbsent(o.shopId(), s -> new ArrayList<>()).add(o.orderNo().value()));
		List<Order> stored = new ArrayList<>();
		numbersByShop.forEach((shop,
				numbers) -> stored.addAll(withDetails(jdbc.sql(SELECT + "where shop_id = ? and order_no = any(?)")
					.params(shop, numbers.toArray(String[]::new))
					.query(JdbcOrders::map)
					.list())));
		return stored;
	}

	private void update(Order known, Order exported) {
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

	private static String key(Order order) {
		return order.shopId() + "/" + order.orderNo().value();
	}

	private void addBatch(List<Order> orders) {
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
		numbersByShop.forEach((shop, numbers) -> jdbc
			.sql("select id, order_no from shop_order where shop_id = ? and order_no = any(?)")
			.params(shop, numbers.toArray(String[]::new))
			.query(rs -> {
				ids.put(shop + "/" + rs.getString(2), rs.getLong(1));
			}));
		return ids;
	}

	@Override
	public OrderCounts countCreatedBetween(long shopId, Instant from, Instant to) {
		return jdbc.sql("""
				select count(*), count(paid_at) from shop_order where shop_id = ? and created_at >= ? and created_at < ?
				""")
			.params(shopId, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new OrderCounts(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	@Override
	public BigDecimal paidAmountBetween(long shopId, Instant from, Instant to) {
		return jdbc.sql("""
				select coalesce(sum(paid_amount), 0) from shop_order where shop_id = ? and paid_at >= ? and paid_at < ?
				""")
			.params(shopId, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))
			.query(BigDecimal.class)
			.single();
	}

	private List<Order> withDetails(List<Order> orders) {
		if (orders.isEmpty()) {
			return orders;
		}
		Long[] ids = orders.stream().map(o -> o.id().value()).toArray(Long[]::new);
		Map<Long, List<OrderItem>> items = new HashMap<>();
		jdbc.sql("""
				select order_id, product_id, sku_id, title, sku_spec, quantity, unit_price from order_item
				where order_id = any(?) order by order_id, position
				""").param(ids).query(rs -> {
			items.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new OrderItem(rs.getObject(2, Long.class), rs.getObject(3, Long.class), rs.getString(4),
						rs.getString(5), rs.getInt(6), rs.getBigDecimal(7)));
		});
		Map<Long, List<Refund>> refunds = new HashMap<>();
		jdbc.sql("""
				select order_id, refund_no, amount, status, reason, requested_at, refunded_at from refund
				where order_id = any(?) order by order_id, requested_at, id
				""").param(ids).query(rs -> {
			OffsetDateTime refundedAt = rs.getObject(7, OffsetDateTime.class);
			refunds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new Refund(rs.getString(2), rs.getBigDecimal(3), Refund.RefundStatus.valueOf(rs.getString(4)),
						rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
						refundedAt == null ? null : refundedAt.toInstant()));
		});
		Map<Long, List<Remark>> remarks = new HashMap<>();
		jdbc.sql("""
				select order_id, agent_id, text, flag, created_at from order_remark
				where order_id = any(?) order by order_id, created_at, id
				""").param(ids).query(rs -> {
			String flag = rs.getString(4);
			remarks.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new Remark(rs.getObject(2, Long.class), rs.getString(3), flag == null ? null : Flag.valueOf(flag),
						rs.getObject(5, OffsetDateTime.class).toInstant()));
		});
		return orders.stream().map(o -> {
			long id = o.id().value();
			return new Order(o.id(), o.shopId(), o.orderNo(), o.buyerId(), o.status(), o.createdAt(), o.paidAt(),
					o.totalAmount(), o.paidAmount(), o.shippingFee(), o.flag(), o.receiver(),
					items.getOrDefault(id, List.of()), refunds.getOrDefault(id, List.of()),
					remarks.getOrDefault(id, List.of()));
		}).toList();
	}

	private static Order map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime paidAt = rs.getObject("paid_at", OffsetDateTime.class);
		String flag = rs.getString("flag");
		String receiverName = rs.getString("receiver_name");
		Order.Receiver receiver = receiverName == null ? null
				: new Order.Receiver(receiverName, rs.getString("receiver_phone"), rs.getString("receiver_address"));
		return new Order(OrderId.of(rs.getLong("id")), rs.getLong("shop_id"), OrderNo.of(rs.getString("order_no")),
				rs.getLong("buyer_id"), OrderStatus.valueOf(rs.getString("status")),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				paidAt == null ? null : paidAt.toInstant(), rs.getBigDecimal("total_amount"),
				rs.getBigDecimal("paid_amount"), rs.getBigDecimal("shipping_fee"),
				flag == null ? null : Flag.valueOf(flag), receiver, List.of(), List.of(), List.of());
	}

}
