package io.kefu.order.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import io.kefu.order.OrderStatus;
import io.kefu.order.OrderedBuyers;
import io.kefu.shop.ShopId;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOrderedBuyers implements OrderedBuyers {

	private final JdbcClient jdbc;

	JdbcOrderedBuyers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public long[] of(ShopId shopId, @Nullable OrderStatus status, @Nullable Long productId) {
		return jdbc
			.sql("""
					select distinct o.buyer_id from shop_order o where o.shop_id = ? and (?::text is null or o.status = ?)
					and (?::bigint is null or exists (select 1 from order_item i where i.order_id = o.id and i.product_id = ?))
					limit ?
					""")
			.params(shopId.value(), status == null ? null : status.name(), status == null ? null : status.name(),
					productId, productId, MAX)
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
	}

	@Override
	public Set<Long> buyingAmong(ShopId shopId, Collection<Long> buyerIds, Instant placedSince) {
		if (buyerIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				select distinct buyer_id from shop_order
				where shop_id = ? and buyer_id = any(?) and (status = 'WAITING_PAYMENT' or created_at >= ?)
				""")
			.params(shopId.value(), buyerIds.toArray(Long[]::new), Timestamp.from(placedSince))
			.query(Long.class)
			.list());
	}

}
