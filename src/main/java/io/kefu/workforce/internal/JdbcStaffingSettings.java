package io.kefu.workforce.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.workforce.PromotionDay;
import io.kefu.workforce.StaffingSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The shops' staffing settings and promotion days. */
@Repository
@Transactional(readOnly = true)
class JdbcStaffingSettings implements StaffingSettings.Store {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcStaffingSettings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public StaffingSettings of(ShopId shop) {
		List<PromotionDay> promotions = jdbc
			.sql("select day, factor from staffing_promotion where shop_id = ? order by day")
			.param(shop.value())
			.query((rs, row) -> new PromotionDay(rs.getDate(1).toLocalDate(), rs.getDouble(2)))
			.list();
		return jdbc.sql("""
				select weeks, target_percent, target_seconds, shrinkage from staffing_setting where shop_id = ?
				""")
			.param(shop.value())
			.query((rs, row) -> new StaffingSettings(rs.getInt(1),
					new StaffingSettings.ServiceTarget(rs.getInt(2), rs.getInt(3)), rs.getDouble(4), promotions))
			.optional()
			.orElseGet(() -> new StaffingSettings(StaffingSettings.DEFAULTS.weeks(), StaffingSettings.DEFAULTS.target(),
					StaffingSettings.DEFAULTS.shrinkage(), promotions));
	}

	@Override
	@Transactional
	public StaffingSettings save(ShopId shop, StaffingSettings settings, AgentId by) {
		jdbc.sql("""
				insert into staffing_setting (shop_id, weeks, target_percent, target_seconds, shrinkage, updated_at,
				    updated_by)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (shop_id) do update set weeks = excluded.weeks, target_percent = excluded.target_percent,
				    target_seconds = excluded.target_seconds, shrinkage = excluded.shrinkage,
				    updated_at = excluded.updated_at, updated_by = excluded.updated_by
				""")
			.params(shop.value(), settings.weeks(), settings.target().percent(), settings.target().seconds(),
					settings.shrinkage(), Timestamp.from(clock.instant()), by.value())
			.update();
		jdbc.sql("delete from staffing_promotion where shop_id = ?").param(shop.value()).update();
		for (PromotionDay promotion : settings.promotions()) {
			jdbc.sql("insert into staffing_promotion (shop_id, day, factor) values (?, ?, ?)")
				.params(shop.value(), Date.valueOf(promotion.date()), promotion.factor())
				.update();
		}
		return settings;
	}

}
