package io.kefu.customer.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kefu.customer.Buyer;
import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.shop.ShopId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JdbcBuyers implements Buyers {

	private static final String SELECT = "select id, shop_id, nick, phone, region, first_seen from buyer ";

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	JdbcBuyers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Buyer> find(BuyerId id) {
		return jdbc.sql(SELECT + "where id = ?").param(id.value()).query(JdbcBuyers::map).optional();
	}

	@Override
	public Map<Long, String> nicks(ShopId shopId, Collection<Long> buyerIds) {
		Map<Long, String> nicks = new HashMap<>();
		if (!buyerIds.isEmpty()) {
			jdbc.sql("select id, nick from buyer where shop_id = ? and id = any(?)")
				.params(shopId.value(), buyerIds.toArray(Long[]::new))
				.query(row -> {
					nicks.put(row.getLong(1), row.getString(2));
				});
		}
		return nicks;
	}

	@Override
	public Optional<Buyer> findByNick(ShopId shopId, String nick) {
		return jdbc.sql(SELECT + "where shop_id = ? and nick = ?")
			.params(shopId.value(), nick)
			.query(JdbcBuyers::map)
			.optional();
	}

	@Override
	@Transactional
	public Buyer recognise(ShopId shopId, String nick, Instant seenAt) {
		jdbc.sql("""
				insert into buyer (shop_id, nick, first_seen) values (?, ?, ?)
				on conflict (shop_id, nick) do update set first_seen = least(buyer.first_seen, excluded.first_seen)
				""").params(shopId.value(), nick.strip(), seenAt.atOffset(ZoneOffset.UTC)).update();
		return findByNick(shopId, nick.strip()).orElseThrow();
	}

	@Override
	@Transactional
	public Map<String, BuyerId> recogniseAll(ShopId shopId, Map<String, Instant> firstSeen) {
		Map<String, BuyerId> ids = new HashMap<>();
		// one row a buyer: nicks that differ only in surrounding spaces are the same
		// buyer
		Map<String, Instant> earliest = new LinkedHashMap<>();
		firstSeen.forEach((nick, seen) -> earliest.merge(nick.strip(), seen, (a, b) -> a.isBefore(b) ? a : b));
		List<Map.Entry<String, Instant>> entries = new ArrayList<>(earliest.entrySet());
		for (int from = 0; from < entries.size(); from += BATCH) {
			List<Map.Entry<String, Instant>> batch = entries.subList(from, Math.min(entries.size(), from + BATCH));
			String[] nicks = batch.stream().map(Map.Entry::getKey).toArray(String[]::new);
			Timestamp[] seen = batch.stream().map(entry -> Timestamp.from(entry.getValue())).toArray(Timestamp[]::new);
			// one statement a batch; a known buyer is written only when seen earlier than
			// before
			jdbc.sql("""
					insert into buyer (shop_id, nick, first_seen)
					select ?, n, s from unnest(?::text[], ?::timestamptz[]) as b(n, s)
					on conflict (shop_id, nick) do update set first_seen = excluded.first_seen
					where buyer.first_seen > excluded.first_seen
					""").params(shopId.value(), nicks, seen).update();
			// one index probe on the whole key per nick: with = any(?) the planner
			// scanned the index on shop_id alone and filtered the shop's every buyer
			jdbc.sql("select n, (select id from buyer where shop_id = ? and nick = n) from unnest(?::text[]) as n")
				.params(shopId.value(), nicks)
				.query(rs -> {
					ids.put(rs.getString(1), BuyerId.of(rs.getLong(2)));
				});
		}
		Map<String, BuyerId> byNick = new HashMap<>();
		firstSeen.keySet().forEach(nick -> byNick.put(nick, ids.get(nick.strip())));
		return byNick;
	}

	@Override
	@Transactional
	public void recordContact(BuyerId id, String phone, String region) {
		jdbc.sql("update buyer set phone = ?, region = ? where id = ?").params(phone, region, id.value()).update();
	}

	@Override
	public long countInShop(ShopId shopId) {
		return jdbc.sql("select count(*) from buyer where shop_id = ?")
			.param(shopId.value())
			.query(Long.class)
			.single();
	}

	private static Buyer map(ResultSet rs, int row) throws SQLException {
		return new Buyer(BuyerId.of(rs.getLong("id")), ShopId.of(rs.getLong("shop_id")), rs.getString("nick"),
				rs.getString("phone"), rs.getString("region"),
				rs.getObject("first_seen", OffsetDateTime.class).toInstant());
	}

}
