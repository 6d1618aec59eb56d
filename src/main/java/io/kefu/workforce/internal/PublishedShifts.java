package io.kefu.workforce.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.workforce.PublishedShift;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The shifts of a month's published roster with the times published, and the approved
 * leave that excuses some of them: what attendance is judged against.
 */
@Repository
class PublishedShifts {

	private final JdbcClient jdbc;

	PublishedShifts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The month's published shifts (days off left out), by agent and day. */
	List<PublishedShift> of(ShopId shop, YearMonth month, @Nullable AgentId agent) {
		return jdbc.sql("""
				select agent_id, day, shift_code, shift_name, starts_at, ends_at from roster_published_cell
				where shop_id = :shop and month = :month and shift_code is not null
				and (cast(:agent as bigint) is null or agent_id = :agent)
				order by agent_id, day
				""")
			.param("shop", shop.value())
			.param("month", Date.valueOf(month.atDay(1)))
			.param("agent", agent == null ? null : agent.value())
			.query((rs, row) -> new PublishedShift(AgentId.of(rs.getLong("agent_id")),
					rs.getObject("day", LocalDate.class), rs.getString("shift_code"), rs.getString("shift_name"),
					rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class)))
			.list();
	}

	/** The agents' days of approved leave (请假) in the month. */
	Set<Leave> leaveIn(ShopId shop, YearMonth month) {
		Set<Leave> days = new HashSet<>();
		jdbc.sql("""
				select agent_id, greatest(first_day, :first) as first_day, least(last_day, :last) as last_day
				from roster_leave where shop_id = :shop and status = 'APPROVED'
				and first_day <= :last and last_day >= :first
				""")
			.param("shop", shop.value())
			.param("first", Date.valueOf(month.atDay(1)))
			.param("last", Date.valueOf(month.atEndOfMonth()))
			.query(rs -> {
				AgentId agent = AgentId.of(rs.getLong("agent_id"));
				LocalDate last = rs.getObject("last_day", LocalDate.class);
				for (LocalDate day = rs.getObject("first_day", LocalDate.class); !day.isAfter(last); day = day
					.plusDays(1)) {
					days.add(new Leave(agent, day));
				}
			});
		return days;
	}

	/** A day an agent was on approved leave. */
	record Leave(AgentId agent, LocalDate day) {
	}

}
