package io.kefu.workforce.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.workforce.Leave;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The leave rows, and what approved leave does to the month's rosters: days off in the
 * published copy, open cells in the draft.
 */
@Repository
class JdbcLeave {

	private static final String COLUMNS = """
			id, shop_id, agent_id, first_day, last_day, reason, status, requested_at, decided_at, decided_by
			""";

	private final JdbcClient jdbc;

	JdbcLeave(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Leave insert(Leave leave) {
		long id = jdbc.sql("""
				insert into roster_leave (shop_id, agent_id, first_day, last_day, reason, status, requested_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(leave.shop().value(), leave.agent().value(), Date.valueOf(leave.firstDay()),
					Date.valueOf(leave.lastDay()), leave.reason(), leave.status().name(),
					Timestamp.from(leave.requestedAt()))
			.query(Long.class)
			.single();
		return lock(leave.shop(), id).orElseThrow();
	}

	/**
	 * The leave, locked until the transaction ends so that two decisions do not cross.
	 */
	Optional<Leave> lock(ShopId shop, long id) {
		return jdbc.sql("select " + COLUMNS + " from roster_leave where shop_id = ? and id = ? for update")
			.params(shop.value(), id)
			.query(JdbcLeave::leave)
			.optional();
	}

	void update(Leave leave) {
		jdbc.sql("update roster_leave set status = ?, decided_at = ?, decided_by = ? where id = ?")
			.params(leave.status().name(), leave.decidedAt() == null ? null : Timestamp.from(leave.decidedAt()),
					leave.decidedBy() == null ? null : leave.decidedBy().value(), leave.id())
			.update();
	}

	/** The leave touching the days, every agent's, by first day. */
	List<Leave> touching(ShopId shop, LocalDate first, LocalDate last) {
		return jdbc
			.sql("select " + COLUMNS + " from roster_leave where shop_id = ? and first_day <= ? and last_day >= ?"
					+ " order by first_day, id")
			.params(shop.value(), Date.valueOf(last), Date.valueOf(first))
			.query(JdbcLeave::leave)
			.list();
	}

	/**
	 * Whether the agent's other leave, asked for or approved, shares a day with these;
	 * the agent's leave is locked (an advisory lock until the transaction ends) so that
	 * two requests at once do not both pass.
	 */
	boolean overlaps(AgentId agent, long except, LocalDate first, LocalDate last) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended('roster_leave:' || ?, 0))")
			.param(agent.value())
			.query((rs, row) -> 1)
			.list();
		return jdbc.sql("""
				select count(*) from roster_leave where agent_id = ? and id <> ? and status in ('REQUESTED', 'APPROVED')
				and first_day <= ? and last_day >= ?
				""")
			.params(agent.value(), except, Date.valueOf(last), Date.valueOf(first))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Whether a live solve holds the month. The month's row stays locked until the
	 * transaction ends, so that a solve cannot begin (and read the month without this
	 * leave) between the check and the commit.
	 */
	boolean solving(ShopId shop, YearMonth month, Instant now) {
		return jdbc.sql("""
				select solve_id is not null and solving_until >= ? from roster where shop_id = ? and month = ?
				for update
				""")
			.params(Timestamp.from(now.minus(RosterStore.GRACE)), shop.value(), Date.valueOf(month.atDay(1)))
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** Makes the leave's days off in the published roster. */
	void daysOffInPublished(Leave leave) {
		jdbc.sql("""
				update roster_published_cell set shift_code = null, shift_name = null, starts_at = null, ends_at = null
				where shop_id = ? and agent_id = ? and day between ? and ?
				""")
			.params(leave.shop().value(), leave.agent().value(), Date.valueOf(leave.firstDay()),
					Date.valueOf(leave.lastDay()))
			.update();
	}

	/**
	 * Opens the agent's draft cells of the leave's days in the month.
	 * @return whether the month has a draft to repair
	 */
	boolean openInDraft(Leave leave, YearMonth month) {
		boolean draft = jdbc.sql("select count(*) from roster_cell where shop_id = ? and month = ?")
			.params(leave.shop().value(), Date.valueOf(month.atDay(1)))
			.query(Long.class)
			.single() > 0;
		if (draft) {
			jdbc.sql("""
					update roster_cell set shift_code = null, pinned = false
					where shop_id = ? and month = ? and agent_id = ? and day between ? and ?
					""")
				.params(leave.shop().value(), Date.valueOf(month.atDay(1)), leave.agent().value(),
						Date.valueOf(leave.firstDay()), Date.valueOf(leave.lastDay()))
				.update();
		}
		return draft;
	}

	private static Leave leave(ResultSet rs, int row) throws SQLException {
		Timestamp decidedAt = rs.getTimestamp(9);
		Long decidedBy = rs.getObject(10, Long.class);
		return new Leave(rs.getLong(1), ShopId.of(rs.getLong(2)), AgentId.of(rs.getLong(3)),
				rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate(), rs.getString(6),
				Leave.Status.valueOf(rs.getString(7)), rs.getTimestamp(8).toInstant(),
				decidedAt == null ? null : decidedAt.toInstant(), decidedBy == null ? null : AgentId.of(decidedBy));
	}

}
