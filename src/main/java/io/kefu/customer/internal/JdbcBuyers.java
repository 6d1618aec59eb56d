package io.kefu.customer.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kefu.customer.Buyer;
import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JdbcBuyers implements Buyers {

	private static final String SELECT = "select id, shop_id, nick, phone, region, first_seen from buyer ";

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	JdbcBuyers(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	@Override
	public Optional<Buyer> find(BuyerId id) {
		return jdbc.sql(SELECT + "where id = ?").param(id.value()).query(JdbcBuyers::map).optional();
	}

	@Override
	public Optional<Buyer> findByNick(long shopId, String nick) {
		return jdbc.sql(SELECT + "where shop_id = ? and nick = ?")
			.params(shopId, nick)
			.query(JdbcBuyers::map)
			.optional();
	}

	@Override
	@Transactional
	public Buyer recognise(long shopId, String nick, Instant seenAt) {
		jdbc.sql("""
				insert into buyer (shop_id, nick, first_seen) values (?, ?, ?)
				on conflict (shop_id, nick) do update set first_seen = least(buyer.first_seen, excluded.first_seen)
				""").params(shopId, nick.strip(), seenAt.atOffset(ZoneOffset.UTC)).update();
		return findByNick(shopId, nick.strip()).orElseThrow();
	}

	@Override
	@Transactional
	public Map<String, BuyerId> recogniseAll(long shopId, Map<String, Instant> firstSeen) {
		List<Map.Entry<String, Instant>> entries = new ArrayList<>(firstSeen.entrySet());
		template.batchUpdate("""
				insert into buyer (shop_id, nick, first_seen) values (?, ?, ?)
				on conflict (shop_id, nick) do update set first_seen = least(buyer.first_seen, excluded.first_seen)
				""", entries, BATCH, (ps, entry) -> {
			ps.setLong(1, shopId);
			ps.setString(2, entry.getKey().strip());
			ps.setTimestamp(3, Timestamp.from(entry.getValue()));
		});
		Map<String, BuyerId> ids = new HashMap<>();
		for (int from = 0; from < entries.size(); from += BATCH) {
			String[] nicks = entries.subList(from, Math.min(entries.size(), from + BATCH))
				.stream()
				.map(entry -> entry.getKey().strip())
				.toArray(String[]::new);
			jdbc.sql("select id, nick from buyer where shop_id = ? and nick = any(?)")
				.params(shopId, nicks)
				.query(rs -> {
					ids.put(rs.getString(2), BuyerId.of(rs.getLong(1)));
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
	public long countInShop(long shopId) {
		return jdbc.sql("select count(*) from buyer where shop_id = ?").param(shopId).query(Long.class).single();
	}

	private static Buyer map(ResultSet rs, int row) throws SQLException {
		return new Buyer(BuyerId.of(rs.getLong("id")), rs.getLong("shop_id"), rs.getString("nick"),
				rs.getString("phone"), rs.getString("region"),
				rs.getObject("first_seen", OffsetDateTime.class).toInstant());
	}

}
