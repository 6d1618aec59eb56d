package io.kefu.order.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kefu.customer.BuyerId;
import io.kefu.order.Flag;
import io.kefu.order.Order;
import io.kefu.order.OrderId;
import io.kefu.order.OrderItem;
import io.kefu.order.OrderNo;
import io.kefu.order.OrderStatus;
import io.kefu.order.Refund;
import io.kefu.order.Remark;
import io.kefu.shop.ProductId;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.jspecify.annotations.Nullable;

/** Loads orders with their items, refunds and remarks. */
@Component
class OrderReads {

	private static final String SELECT = """
			select id, shop_id, order_no, buyer_id, status, created_at, paid_at, shipped_at, received_at, total_amount,
			paid_amount, shipping_fee, flag, receiver_name, receiver_phone, receiver_address from shop_order
			""";

	private final JdbcClient jdbc;

	OrderReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The orders matching a condition on {@code shop_order}, e.g. {@code where id = ?},
	 * with their details.
	 */
	List<Order> where(String condition, Object... params) {
		return withDetails(jdbc.sql(SELECT + condition).params(params).query(OrderReads::map).list());
	}

	/**
	 * The orders matching a condition with their refunds, their items and remarks left
	 * empty.
	 */
	List<Order> withRefundsWhere(String condition, Object... params) {
		List<Order> orders = jdbc.sql(SELECT + condition).params(params).query(OrderReads::map).list();
		if (orders.isEmpty()) {
			return orders;
		}
		Map<Long, List<Refund>> refunds = refundsOf(orders.stream().map(o -> o.id().value()).toArray(Long[]::new));
		return orders.stream()
			.map(o -> new Order(o.id(), o.shopId(), o.orderNo(), o.buyerId(), o.status(), o.createdAt(), o.paidAt(),
					o.shippedAt(), o.receivedAt(), o.totalAmount(), o.paidAmount(), o.shippingFee(), o.flag(),
					o.receiver(), List.of(), refunds.getOrDefault(o.id().value(), List.of()), List.of()))
			.toList();
	}

	private Map<Long, List<Refund>> refundsOf(Long[] ids) {
		Map<Long, List<Refund>> refunds = new HashMap<>();
		jdbc.sql("""
				select order_id, refund_no, amount, status, reason, requested_at, refunded_at, closed_at from refund
				where order_id = any(?) order by order_id, requested_at, id
				""").param(ids).query(rs -> {
			refunds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new Refund(rs.getString(2), rs.getBigDecimal(3), Refund.RefundStatus.valueOf(rs.getString(4)),
						rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(), instant(rs, "refunded_at"),
						instant(rs, "closed_at")));
		});
		return refunds;
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
				.add(new OrderItem(productIdOrNull(rs.getObject(2, Long.class)), rs.getObject(3, Long.class),
						rs.getString(4), rs.getString(5), rs.getInt(6), rs.getBigDecimal(7)));
		});
		Map<Long, List<Refund>> refunds = refundsOf(ids);
		Map<Long, List<Remark>> remarks = new HashMap<>();
		jdbc.sql("""
				select order_id, agent_id, text, flag, created_at from order_remark
				where order_id = any(?) order by order_id, created_at, id
				""").param(ids).query(rs -> {
			String flag = rs.getString(4);
			remarks.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new Remark(agentIdOrNull(rs.getObject(2, Long.class)), rs.getString(3),
						flag == null ? null : Flag.valueOf(flag), rs.getObject(5, OffsetDateTime.class).toInstant()));
		});
		return orders.stream().map(o -> {
			long id = o.id().value();
			return new Order(o.id(), o.shopId(), o.orderNo(), o.buyerId(), o.status(), o.createdAt(), o.paidAt(),
					o.shippedAt(), o.receivedAt(), o.totalAmount(), o.paidAmount(), o.shippingFee(), o.flag(),
					o.receiver(), items.getOrDefault(id, List.of()), refunds.getOrDefault(id, List.of()),
					remarks.getOrDefault(id, List.of()));
		}).toList();
	}

	private static Order map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime paidAt = rs.getObject("paid_at", OffsetDateTime.class);
		String flag = rs.getString("flag");
		String receiverName = rs.getString("receiver_name");
		Order.Receiver receiver = receiverName == null ? null
				: new Order.Receiver(receiverName, rs.getString("receiver_phone"), rs.getString("receiver_address"));
		return new Order(OrderId.of(rs.getLong("id")), ShopId.of(rs.getLong("shop_id")),
				OrderNo.of(rs.getString("order_no")), BuyerId.of(rs.getLong("buyer_id")),
				OrderStatus.valueOf(rs.getString("status")),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				paidAt == null ? null : paidAt.toInstant(), instant(rs, "shipped_at"), instant(rs, "received_at"),
				rs.getBigDecimal("total_amount"), rs.getBigDecimal("paid_amount"), rs.getBigDecimal("shipping_fee"),
				flag == null ? null : Flag.valueOf(flag), receiver, List.of(), List.of(), List.of());
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	private static @Nullable AgentId agentIdOrNull(@Nullable Long id) {
		return id == null ? null : AgentId.of(id);
	}

	private static @Nullable ProductId productIdOrNull(@Nullable Long id) {
		return id == null ? null : ProductId.of(id);
	}

}
