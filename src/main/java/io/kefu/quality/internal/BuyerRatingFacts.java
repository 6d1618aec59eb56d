package io.kefu.quality.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.kefu.customer.Activity;
import io.kefu.customer.ActivityKind;
import io.kefu.customer.ActivitySource;
import io.kefu.customer.BuyerId;
import io.kefu.customer.BuyerRatings;
import io.kefu.customer.RatingSummary;
import io.kefu.shop.ShopId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What buyers' ratings and complaints tell the CRM: a buyer's ratings, low ratings (低评)
 * and complaints, the buyers a 差评风险 group takes, and each rating or complaint on the
 * buyer's timeline.
 */
@Repository
class BuyerRatingFacts implements BuyerRatings, ActivitySource {

	private final JdbcClient jdbc;

	BuyerRatingFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RatingSummary of(ShopId shopId, BuyerId buyerId) {
		return jdbc
			.sql("""
					select count(rating), avg(rating)::float8, count(*) filter (where rating <= 2),
					count(*) filter (where kind = 'COMPLAINT'), count(*) filter (where kind = 'COMPLAINT' and status = 'UPHELD')
					from buyer_feedback where shop_id = ? and buyer_id = ?
					""")
			.params(shopId.value(), buyerId.value())
			.query((rs, row) -> new RatingSummary(rs.getInt(1), rs.getObject(2, Double.class), rs.getInt(3),
					rs.getInt(4), rs.getInt(5)))
			.single();
	}

	@Override
	public List<Long> lowRaters(ShopId shopId) {
		return jdbc.sql("""
				select distinct buyer_id from buyer_feedback where shop_id = ? and buyer_id is not null
				and (rating <= 2 or (kind = 'COMPLAINT' and status = 'UPHELD'))
				""").param(shopId.value()).query(Long.class).list();
	}

	@Override
	public List<Activity> of(ShopId shopId, BuyerId buyerId, int limit) {
		List<Activity> said = new ArrayList<>();
		jdbc.sql("""
				select f.recorded_at, f.kind, f.rating, f.status, f.note, a.display_name from buyer_feedback f
				join agent a on a.id = f.agent_id where f.shop_id = ? and f.buyer_id = ?
				order by f.recorded_at desc limit ?
				""").params(shopId.value(), buyerId.value(), limit).query(rs -> {
			boolean rating = "RATING".equals(rs.getString(2));
			said.add(new Activity(ActivityKind.REVIEW, rs.getObject(1, OffsetDateTime.class).toInstant(),
					rating ? "rating" : "complaint",
					List.of(rating ? Integer.toString(rs.getInt(3)) : rs.getString(4), rs.getString(5)),
					rs.getString(6), null));
		});
		return said;
	}

}
