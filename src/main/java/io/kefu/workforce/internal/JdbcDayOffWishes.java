package io.kefu.workforce.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.workforce.DayOffWishes;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The requested days off, as the solver reads them ({@code RosterStore.wishes}). */
@Repository
@Transactional
class JdbcDayOffWishes implements DayOffWishes {

	private final JdbcClient jdbc;

	private final RosterMembers members;

	JdbcDayOffWishes(JdbcClient jdbc, RosterMembers members) {
		this.jdbc = jdbc;
		this.members = members;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<AgentId, List<LocalDate>> of(ShopId shop, YearMonth month) {
		Map<AgentId, List<LocalDate>> wishes = new LinkedHashMap<>();
		jdbc.sql("select agent_id, day from roster_day_off_wish where shop_id = ? and day between ? and ?"
				+ " order by agent_id, day")
			.params(shop.value(), Date.valueOf(month.atDay(1)), Date.valueOf(month.atEndOfMonth()))
			.query((rs, row) -> {
				wishes.computeIfAbsent(AgentId.of(rs.getLong(1)), (agent) -> new ArrayList<>())
					.add(rs.getDate(2).toLocalDate());
				return 1;
			})
			.list();
		return wishes;
	}

	@Override
	public List<LocalDate> set(ShopId shop, YearMonth month, AgentId agent, List<LocalDate> days) {
		check(month, days);
		if (members.of(shop).stream().noneMatch((member) -> member.id().equals(agent))) {
			throw new AccessDeniedException("Only agents on the shop's roster wish days off");
		}
		jdbc.sql("delete from roster_day_off_wish where shop_id = ? and agent_id = ? and day between ? and ?")
			.params(shop.value(), agent.value(), Date.valueOf(month.atDay(1)), Date.valueOf(month.atEndOfMonth()))
			.update();
		List<LocalDate> sorted = days.stream().sorted().toList();
		for (LocalDate day : sorted) {
			jdbc.sql("insert into roster_day_off_wish (shop_id, agent_id, day) values (?, ?, ?)")
				.params(shop.value(), agent.value(), Date.valueOf(day))
				.update();
		}
		return sorted;
	}

	/** The days must be distinct days of the month, at most {@link #MAX_DAYS}. */
	static void check(YearMonth month, List<LocalDate> days) {
		if (days.size() > MAX_DAYS) {
			throw new IllegalArgumentException("days: at most " + MAX_DAYS + " days off wished, not " + days.size());
		}
		Set<LocalDate> seen = new HashSet<>();
		for (int i = 0; i < days.size(); i++) {
			LocalDate day = days.get(i);
			if (day == null) {
				throw new IllegalArgumentException("days[" + i + "]: a date (yyyy-MM-dd), not null");
			}
			if (!YearMonth.from(day).equals(month)) {
				throw new IllegalArgumentException("days[" + i + "]: " + day + " is not in " + month);
			}
			if (!seen.add(day)) {
				throw new IllegalArgumentException("days[" + i + "]: " + day + " is listed twice");
			}
		}
	}

}
