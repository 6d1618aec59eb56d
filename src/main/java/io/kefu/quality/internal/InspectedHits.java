package io.kefu.quality.internal;

import java.util.Arrays;
import java.util.List;

import io.kefu.quality.Rule;
import io.kefu.reception.RuleHitMessages;
import io.kefu.shop.ShopId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The messages each rule caught, from the stored inspections; hits a supervisor marked
 * wrong or overturned are left out.
 */
@Repository
class InspectedHits implements RuleHitMessages {

	private final JdbcClient jdbc;

	InspectedHits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<String> rules() {
		return Arrays.stream(Rule.values()).map(Enum::name).toList();
	}

	@Override
	public long[] of(ShopId shopId, String rule) {
		return jdbc.sql("""
				select h.message_id from inspection i
				cross join lateral unnest(i.hit_rules, i.hit_message_ids) as h(rule, message_id)
				where i.shop_id = ? and h.rule = ?
				and not exists (select 1 from hit_review r where r.shop_id = i.shop_id and r.day = i.day
				and r.agent_id = i.agent_id and r.buyer_id = i.buyer_id and r.rule = h.rule
				and r.message_id = h.message_id and r.status in ('WRONG', 'OVERTURNED'))
				order by i.day desc limit ?
				""")
			.params(shopId.value(), rule, MAX)
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
	}

}
