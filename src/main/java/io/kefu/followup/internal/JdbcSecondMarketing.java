package io.kefu.followup.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.kefu.customer.BuyerId;
import io.kefu.followup.MarketingSegment;
import io.kefu.followup.MarketingTarget;
import io.kefu.followup.SecondMarketing;
import io.kefu.shop.ShopId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the orders ({@code shop_order}, {@code order_item}) and the buyers' ratings
 * ({@code buyer_feedback}) in one statement per list.
 */
@Repository
@Transactional(readOnly = true)
class JdbcSecondMarketing implements SecondMarketing {

	private final JdbcClient jdbc;

	JdbcSecondMarketing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<MarketingTarget> buyers(ShopId shop, MarketingSegment segment, Instant now) {
		Instant lastBefore = segment.inactiveDays() == null ? null : now.minus(Duration.ofDays(segment.inactiveDays()));
		return jdbc.sql("""
				select b.id, b.nick, count(*), sum(o.paid_amount), max(o.paid_at)
				from shop_order o join buyer b on b.id = o.buyer_id
				where o.shop_id = :shop and o.paid_at is not null
				group by b.id, b.nick
				having count(*) >= :minOrders
				   and (cast(:lastBefore as timestamptz) is null or max(o.paid_at) <= cast(:lastBefore as timestamptz))
				   and (cast(:product as bigint) is null or exists (
				       select 1 from shop_order p join order_item i on i.order_id = p.id
				       where p.shop_id = :shop and p.buyer_id = b.id and p.paid_at is not null
				         and i.product_id = cast(:product as bigint)))
				   and (not :reviewers or exists (
				       select 1 from buyer_feedback f
				       where f.shop_id = :shop and f.buyer_id = b.id and f.kind = 'RATING' and f.rating >= 4))
				order by max(o.paid_at) desc, b.id
				limit :limit
				""")
			.param("shop", shop.value())
			.param("minOrders", segment.minOrders())
			.param("lastBefore", lastBefore == null ? null : lastBefore.atOffset(ZoneOffset.UTC))
			.param("product", segment.product() == null ? null : segment.product().value())
			.param("reviewers", segment.positiveReviewers())
			.param("limit", LIMIT)
			.query((row, n) -> new MarketingTarget(BuyerId.of(row.getLong(1)), row.getString(2), row.getLong(3),
					row.getBigDecimal(4), row.getObject(5, OffsetDateTime.class).toInstant()))
			.list();
	}

}
