package io.kefu.order.internal;

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

}
