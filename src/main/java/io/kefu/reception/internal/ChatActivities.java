package io.kefu.reception.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.kefu.customer.Activity;
import io.kefu.customer.ActivityKind;
import io.kefu.customer.ActivitySource;
import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The buyer's conversations on the CRM's timeline, live and imported, each opening in the
 * archive.
 */
@Repository
class ChatActivities implements ActivitySource {

	private final JdbcClient jdbc;

	ChatActivities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Activity> of(ShopId shopId, BuyerId buyerId, int limit) {
		List<Activity> chats = new ArrayList<>();
		jdbc.sql("""
				select c.id, c.opened_at, c.last_seq, c.origin, a.display_name from conversation c
				left join agent a on a.id = c.agent_id
				where c.shop_id = ? and c.buyer_id = ? order by c.opened_at desc, c.id desc limit ?
				""").params(shopId.value(), buyerId.value(), limit).query(rs -> {
			chats.add(new Activity(ActivityKind.CHAT, rs.getObject(2, OffsetDateTime.class).toInstant(),
					"IMPORTED".equals(rs.getString(4)) ? "chat.imported" : "chat.live",
					List.of(Integer.toString(rs.getInt(3))), rs.getString(5),
					"/shops/" + shopId.value() + "/archive/conversations/" + rs.getLong(1)));
		});
		return chats;
	}

}
