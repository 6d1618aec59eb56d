package io.kefu.followup.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.kefu.customer.Activity;
import io.kefu.customer.ActivityKind;
import io.kefu.customer.ActivitySource;
import io.kefu.customer.BuyerId;
import io.kefu.customer.OpenFollowups;
import io.kefu.shop.ShopId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What follow-ups tell the CRM: the open ones on a buyer, and every touch on the
 * timeline.
 */
@Repository
class FollowupFacts implements OpenFollowups, ActivitySource {

	private final JdbcClient jdbc;

	FollowupFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int of(ShopId shopId, BuyerId buyerId) {
		return jdbc.sql("select count(*) from followup_task where shop_id = ? and buyer_id = ? and status = 'OPEN'")
			.params(shopId.value(), buyerId.value())
			.query(Integer.class)
			.single();
	}

	@Override
	public List<Activity> of(ShopId shopId, BuyerId buyerId, int limit) {
		List<Activity> touches = new ArrayList<>();
		jdbc.sql("""
				select t.at, k.kind, t.step, t.channel, t.outcome, t.note, a.display_name from followup_touch t
				join followup_task k on k.id = t.task_id left join agent a on a.id = t.agent_id
				where k.shop_id = ? and k.buyer_id = ? order by t.at desc limit ?
				""").params(shopId.value(), buyerId.value(), limit).query(rs -> {
			String note = rs.getString(6);
			touches.add(
					new Activity(ActivityKind.FOLLOWUP, rs.getObject(1, OffsetDateTime.class).toInstant(), "touch",
							List.of(rs.getString(2), Integer.toString(rs.getInt(3)), rs.getString(4), rs.getString(5),
									note == null ? "" : note),
							rs.getString(7), "/shops/" + shopId.value() + "/followups"));
		});
		return touches;
	}

}
