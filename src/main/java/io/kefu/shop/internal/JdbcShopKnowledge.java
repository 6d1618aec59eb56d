package io.kefu.shop.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.kefu.shop.CourierSetting;
import io.kefu.shop.Promotion;
import io.kefu.shop.PromotionDraft;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.ShopKnowledge;
import io.kefu.shop.StorePolicy;
import io.kefu.shop.UnknownKnowledgeException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JdbcShopKnowledge implements ShopKnowledge {

	private final JdbcClient jdbc;

	JdbcShopKnowledge(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static final String PROMOTION = "select id, name, starts_at, ends_at, rules, script, auto_reply from promotion ";

	@Override
	public List<Promotion> promotions(ShopId shop) {
		return jdbc.sql(PROMOTION + "where shop_id = ? order by starts_at, id")
			.param(shop.value())
			.query((rs, n) -> promotion(rs, shop))
			.list();
	}

	@Override
	public Optional<Promotion> promotion(ShopId shop, long promotionId) {
		return jdbc.sql(PROMOTION + "where shop_id = ? and id = ?")
			.params(shop.value(), promotionId)
			.query((rs, n) -> promotion(rs, shop))
			.optional();
	}

	@Override
	@Transactional
	public Promotion addPromotion(ShopId shop, String name, Instant startsAt, Instant endsAt, String script) {
		long id = jdbc.sql(
				"insert into promotion (shop_id, name, starts_at, ends_at, script) values (?, ?, ?, ?, ?) returning id")
			.params(shop.value(), name, startsAt.atOffset(ZoneOffset.UTC), endsAt.atOffset(ZoneOffset.UTC), script)
			.query(Long.class)
			.single();
		return new Promotion(id, shop, name, startsAt, endsAt, script);
	}

	@Override
	@Transactional
	public Promotion addPromotion(Shop shop, PromotionDraft draft) {
		long id = jdbc.sql("""
				insert into promotion (shop_id, name, starts_at, ends_at, rules, script, auto_reply)
				values (?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(shop.id().value(), draft.name(), utc(shop.startOf(draft.firstDay())),
					utc(shop.startOf(draft.lastDay().plusDays(1))), draft.rules(), draft.script(), draft.autoReply())
			.query(Long.class)
			.single();
		return promotion(shop.id(), id).orElseThrow();
	}

	@Override
	@Transactional
	public Promotion revisePromotion(Shop shop, long promotionId, PromotionDraft draft) {
		int updated = jdbc.sql("""
				update promotion set name = ?, starts_at = ?, ends_at = ?, rules = ?, script = ?, auto_reply = ?
				where shop_id = ? and id = ?
				""")
			.params(draft.name(), utc(shop.startOf(draft.firstDay())), utc(shop.startOf(draft.lastDay().plusDays(1))),
					draft.rules(), draft.script(), draft.autoReply(), shop.id().value(), promotionId)
			.update();
		if (updated == 0) {
			throw new UnknownKnowledgeException("promotion", promotionId, shop.id());
		}
		return promotion(shop.id(), promotionId).orElseThrow();
	}

	@Override
	@Transactional
	public void removePromotion(ShopId shop, long promotionId) {
		if (jdbc.sql("delete from promotion where shop_id = ? and id = ?")
			.params(shop.value(), promotionId)
			.update() == 0) {
			throw new UnknownKnowledgeException("promotion", promotionId, shop);
		}
	}

	private static Promotion promotion(ResultSet rs, ShopId shop) throws SQLException {
		return new Promotion(rs.getLong(1), shop, rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
				rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5), rs.getString(6), rs.getString(7));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	@Override
	public Optional<CourierSetting> courierSetting(ShopId shop) {
		Map<String, Set<String>> notReached = new HashMap<>();
		jdbc.sql("select courier, place from courier_exclusion where shop_id = ?").param(shop.value()).query(rs -> {
			notReached.computeIfAbsent(rs.getString(1), c -> new TreeSet<>()).add(rs.getString(2));
		});
		return jdbc.sql("select default_courier, alternatives, shipping_cutoff from courier_setting where shop_id = ?")
			.param(shop.value())
			.query((rs, n) -> new CourierSetting(rs.getString(1), strings(rs.getArray(2)), notReached,
					rs.getObject(3, LocalTime.class)))
			.optional();
	}

	@Override
	@Transactional
	public void setCourierSetting(ShopId shop, CourierSetting setting) {
		jdbc.sql(
				"""
						insert into courier_setting (shop_id, default_courier, alternatives, shipping_cutoff) values (?, ?, ?, ?)
						on conflict (shop_id) do update set default_courier = excluded.default_courier,
						alternatives = excluded.alternatives, shipping_cutoff = excluded.shipping_cutoff
						""")
			.params(shop.value(), setting.defaultCourier(), setting.alternatives().toArray(String[]::new),
					setting.shippingCutoff())
			.update();
		jdbc.sql("delete from courier_exclusion where shop_id = ?").param(shop.value()).update();
		setting.notReached()
			.forEach((courier,
					places) -> places.forEach(place -> jdbc
						.sql("insert into courier_exclusion (shop_id, courier, place) values (?, ?, ?)")
						.params(shop.value(), courier, place)
						.update()));
	}

	@Override
	public List<StorePolicy> policies(ShopId shop) {
		return jdbc.sql("select code, title, body from store_policy where shop_id = ? order by id")
			.param(shop.value())
			.query((rs, n) -> new StorePolicy(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	@Override
	@Transactional
	public void setPolicy(ShopId shop, StorePolicy policy) {
		jdbc.sql("""
				insert into store_policy (shop_id, code, title, body) values (?, ?, ?, ?)
				on conflict (shop_id, code) do update set title = excluded.title, body = excluded.body
				""").params(shop.value(), policy.code(), policy.title(), policy.body()).update();
	}

	@Override
	@Transactional
	public void replacePolicies(ShopId shop, List<StorePolicy> policies) {
		jdbc.sql("delete from store_policy where shop_id = ?").param(shop.value()).update();
		policies.forEach(policy -> jdbc.sql("insert into store_policy (shop_id, code, title, body) values (?, ?, ?, ?)")
			.params(shop.value(), policy.code(), policy.title(), policy.body())
			.update());
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
