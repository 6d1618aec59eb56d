package io.kefu.shop.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.kefu.shop.DuplicateShopException;
import io.kefu.shop.NewShop;
import io.kefu.shop.Platform;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JdbcShops implements Shops {

	private static final String SELECT = "select id, name, platform, time_zone, day_split from shop ";

	private final JdbcClient jdbc;

	JdbcShops(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Shop> all() {
		return jdbc.sql(SELECT + "order by id").query(JdbcShops::map).list();
	}

	@Override
	public List<Shop> withIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + "where id in (:ids) order by id").param("ids", ids).query(JdbcShops::map).list();
	}

	@Override
	public Optional<Shop> find(ShopId id) {
		return jdbc.sql(SELECT + "where id = ?").param(id.value()).query(JdbcShops::map).optional();
	}

	@Override
	public Optional<Shop> findByName(String name) {
		return jdbc.sql(SELECT + "where name = ?").param(name.strip()).query(JdbcShops::map).optional();
	}

	@Override
	@Transactional
	public Shop open(NewShop shop) {
		try {
			long id = jdbc
				.sql("insert into shop (name, platform, time_zone, day_split) values (?, ?, ?, ?) returning id")
				.params(shop.name().strip(), shop.platform().name(), shop.timeZone().getId(), shop.daySplit())
				.query(Long.class)
				.single();
			return get(ShopId.of(id));
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateShopException(shop.name().strip());
		}
	}

	private static Shop map(ResultSet rs, int row) throws SQLException {
		return new Shop(ShopId.of(rs.getLong("id")), rs.getString("name"), Platform.valueOf(rs.getString("platform")),
				java.time.ZoneId.of(rs.getString("time_zone")), rs.getObject("day_split", java.time.LocalTime.class));
	}

}
