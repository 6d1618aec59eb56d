package io.kefu.workforce.internal;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.workforce.RosterSettings;
import io.kefu.workforce.RosterWeights;
import io.kefu.workforce.Shift;
import io.kefu.workforce.ShiftGroup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The shops' shifts and roster rules. */
@Repository
@Transactional(readOnly = true)
class JdbcRosterSettings implements RosterSettings.Store {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcRosterSettings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public RosterSettings of(ShopId shop) {
		List<Shift> shifts = jdbc.sql("""
				select code, name, starts_at, ends_at, shift_group from roster_shift where shop_id = ?
				order by position
				""")
			.param(shop.value())
			.query((rs, row) -> new Shift(rs.getString(1), rs.getString(2), rs.getTime(3).toLocalTime(),
					rs.getTime(4).toLocalTime(), ShiftGroup.valueOf(rs.getString(5))))
			.list();
		RosterSettings defaults = RosterSettings.DEFAULTS;
		List<Shift> kept = shifts.isEmpty() ? defaults.shifts() : shifts;
		return jdbc.sql("""
				select days_off, solve_seconds, hours_weight, last_month_weight, requested_off_weight, weekends_weight
				from roster_setting where shop_id = ?
				""")
			.param(shop.value())
			.query((rs, row) -> new RosterSettings(kept, rs.getInt(1), rs.getInt(2),
					new RosterWeights(rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6))))
			.optional()
			.orElseGet(() -> new RosterSettings(kept, defaults.daysOff(), defaults.solveSeconds(), defaults.weights()));
	}

	@Override
	@Transactional
	public RosterSettings save(ShopId shop, RosterSettings settings, AgentId by) {
		RosterSettings defaults = RosterSettings.DEFAULTS;
		jdbc.sql(
				"""
						insert into roster_setting (shop_id, days_off, solve_seconds, hours_weight, last_month_weight,
						    requested_off_weight, weekends_weight, updated_at, updated_by)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?)
						on conflict (shop_id) do update set days_off = excluded.days_off,
						    solve_seconds = excluded.solve_seconds, hours_weight = excluded.hours_weight,
						    last_month_weight = excluded.last_month_weight, requested_off_weight = excluded.requested_off_weight,
						    weekends_weight = excluded.weekends_weight, updated_at = excluded.updated_at,
						    updated_by = excluded.updated_by
						""")
			.params(shop.value(), settings.daysOff(), settings.solveSeconds(), settings.weights().hoursBalance(),
					settings.weights().lastMonth(), settings.weights().requestedOff(), settings.weights().weekends(),
					Timestamp.from(clock.instant()), by.value())
			.update();
		jdbc.sql("delete from roster_shift where shop_id = ?").param(shop.value()).update();
		if (!settings.shifts().equals(defaults.shifts())) {
			for (int i = 0; i < settings.shifts().size(); i++) {
				Shift shift = settings.shifts().get(i);
				jdbc.sql("""
						insert into roster_shift (shop_id, code, name, starts_at, ends_at, shift_group, position)
						values (?, ?, ?, ?, ?, ?, ?)
						""")
					.params(shop.value(), shift.code(), shift.name(), Time.valueOf(shift.start()),
							Time.valueOf(shift.end()), shift.group().name(), i)
					.update();
			}
		}
		return settings;
	}

}
