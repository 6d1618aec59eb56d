package io.kefu.order.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kefu.customer.Activity;
import io.kefu.customer.ActivityKind;
import io.kefu.customer.ActivitySource;
import io.kefu.customer.BuyerId;
import io.kefu.customer.PurchaseSummary;
import io.kefu.customer.Purchases;
import io.kefu.shop.ShopId;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the orders tell the CRM: each buyer's orders, spend and first and last purchase,
 * the buyers a group's rule takes, and the refunds (after-sales cases) on a buyer's
 * timeline.
 */
@Repository
class OrderPurchases implements Purchases, ActivitySource {

	private final JdbcClient jdbc;

	OrderPurchases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, PurchaseSummary> of(ShopId shopId, Collection<Long> buyerIds) {
		Map<Long, PurchaseSummary> summaries = new HashMap<>();
		jdbc.sql("""
				select buyer_id, count(*), count(paid_at), coalesce(sum(paid_amount), 0), min(paid_at), max(paid_at)
				from shop_order where shop_id = ? and buyer_id = any(?) group by buyer_id
				""").params(shopId.value(), buyerIds.toArray(Long[]::new)).query(rs -> {
			summaries.put(rs.getLong(1), new PurchaseSummary(rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4),
					instant(rs.getObject(5, OffsetDateTime.class)), instant(rs.getObject(6, OffsetDateTime.class))));
		});
		return summaries;
	}

	@Override
	public List<Long> buyersWith(ShopId shopId, @Nullable BigDecimal minSpend, @Nullable Integer minPaidOrders) {
		if (minSpend == null && minPaidOrders == null) {
			return List.of();
		}
		return jdbc.sql("""
				select buyer_id from shop_order where shop_id = ? and paid_at is not null group by buyer_id
				having (?::numeric is not null and sum(paid_amount) >= ?) or (?::int is not null and count(*) >= ?)
				""").params(shopId.value(), minSpend, minSpend, minPaidOrders, minPaidOrders).query(Long.class).list();
	}

	@Override
	public @Nullable String receiverPhone(ShopId shopId, BuyerId buyerId) {
		return jdbc.sql("""
				select receiver_phone from shop_order where shop_id = ? and buyer_id = ? and receiver_phone is not null
				order by created_at desc, id desc limit 1
				""").params(shopId.value(), buyerId.value()).query(String.class).optional().orElse(null);
	}

	@Override
	public List<Activity> of(ShopId shopId, BuyerId buyerId, int limit) {
		List<Activity> refunds = new ArrayList<>();
		jdbc.sql("""
				select r.requested_at, r.amount, r.status, r.reason, o.order_no from refund r
				join shop_order o on o.id = r.order_id where o.shop_id = ? and o.buyer_id = ?
				order by r.requested_at desc limit ?
				""").params(shopId.value(), buyerId.value(), limit).query(rs -> {
			refunds
				.add(new Activity(ActivityKind.AFTER_SALES, rs.getObject(1, OffsetDateTime.class).toInstant(), "refund",
						List.of(rs.getBigDecimal(2).toPlainString(), rs.getString(3), rs.getString(5), rs.getString(4)),
						null, null));
		});
		return refunds;
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}

}
