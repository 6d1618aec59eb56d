package io.kefu.workforce.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.workforce.RosterSheet;
import io.kefu.workforce.Shift;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rosters' rows: the draft's cells and solve, the published copy, leave and wishes as
 * the solver reads them.
 */
@Repository
@Transactional(readOnly = true)
class RosterStore {

	/**
	 * How long after its deadline a solve counts as dead: its node went down before it
	 * could write the result.
	 */
	static final java.time.Duration GRACE = java.time.Duration.ofMinutes(2);

	private final JdbcClient jdbc;

	RosterStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Month> month(ShopId shop, YearMonth month, Instant now) {
		return jdbc.sql("""
				select solve_id, solving_since, solving_until, best_score, published_at, changed_at
				from roster where shop_id = ? and month = ?
				""").params(shop.value(), first(month)).query((rs, row) -> {
			Instant until = instant(rs, 3);
			boolean alive = until != null && until.plus(GRACE).isAfter(now);
			RosterSheet.Solving solving = alive
					? new RosterSheet.Solving(rs.getTimestamp(2).toInstant(), until, rs.getString(4)) : null;
			return new Month(solving, instant(rs, 5), rs.getTimestamp(6).toInstant());
		}).optional();
	}

	List<RosterSheet.Cell> draftCells(ShopId shop, YearMonth month) {
		return jdbc.sql("""
				select agent_id, day, shift_code, pinned from roster_cell where shop_id = ? and month = ?
				order by agent_id, day
				""")
			.params(shop.value(), first(month))
			.query((rs, row) -> new RosterSheet.Cell(AgentId.of(rs.getLong(1)), rs.getDate(2).toLocalDate(),
					rs.getString(3), rs.getBoolean(4)))
			.list();
	}

	List<PublishedCell> publishedCells(ShopId shop, YearMonth month) {
		return jdbc.sql("""
				select agent_id, day, shift_code, shift_name, starts_at, ends_at from roster_published_cell
				where shop_id = ? and month = ? order by agent_id, day
				""").params(shop.value(), first(month)).query((rs, row) -> {
			String code = rs.getString(3);
			return new PublishedCell(AgentId.of(rs.getLong(1)), rs.getDate(2).toLocalDate(),
					code == null ? null : new PublishedShift(code, rs.getString(4), rs.getTime(5).toLocalTime(),
							rs.getTime(6).toLocalTime()));
		}).list();
	}

	/**
	 * Marks the month as being solved unless a live solve holds it.
	 * @return whether this solve got it
	 */
	@Transactional
	boolean beginSolve(ShopId shop, YearMonth month, UUID solve, Instant since, Instant until) {
		ensureMonth(shop, month, since);
		return jdbc.sql("""
				update roster set solve_id = ?, solving_since = ?, solving_until = ?, best_score = null
				where shop_id = ? and month = ? and (solve_id is null or solving_until < ?)
				""")
			.params(solve, Timestamp.from(since), Timestamp.from(until), shop.value(), first(month),
					Timestamp.from(since.minus(GRACE)))
			.update() == 1;
	}

	@Transactional
	void progress(UUID solve, String bestScore) {
		jdbc.sql("update roster set best_score = ? where solve_id = ?").params(bestScore, solve).update();
	}

	/**
	 * Writes the solved cells, unless the solve lost the month meanwhile (it was declared
	 * dead and another took over).
	 */
	@Transactional
	boolean finishSolve(UUID solve, ShopId shop, YearMonth month, Collection<SolvedCell> cells, Instant at) {
		int held = jdbc.sql("""
				update roster set solve_id = null, solving_since = null, solving_until = null, best_score = null,
				    changed_at = ?
				where shop_id = ? and month = ? and solve_id = ?
				""").params(Timestamp.from(at), shop.value(), first(month), solve).update();
		if (held == 0) {
			return false;
		}
		jdbc.sql("delete from roster_cell where shop_id = ? and month = ?").params(shop.value(), first(month)).update();
		insertCells(shop, month, cells);
		return true;
	}

	@Transactional
	void abandonSolve(UUID solve) {
		jdbc.sql("""
				update roster set solve_id = null, solving_since = null, solving_until = null, best_score = null
				where solve_id = ?
				""").param(solve).update();
	}

	/**
	 * Sets cells by hand.
	 * @return false when a live solve holds the month
	 */
	@Transactional
	boolean pin(ShopId shop, YearMonth month, Collection<SolvedCell> cells, Instant at) {
		ensureMonth(shop, month, at);
		int free = jdbc.sql("""
				update roster set changed_at = ? where shop_id = ? and month = ? and (solve_id is null
				    or solving_until < ?)
				""").params(Timestamp.from(at), shop.value(), first(month), Timestamp.from(at.minus(GRACE))).update();
		if (free == 0) {
			return false;
		}
		for (SolvedCell cell : cells) {
			jdbc.sql("""
					insert into roster_cell (shop_id, month, agent_id, day, shift_code, pinned)
					values (?, ?, ?, ?, ?, ?)
					on conflict (shop_id, agent_id, day)
					do update set shift_code = excluded.shift_code, pinned = excluded.pinned
					""")
				.params(shop.value(), first(month), cell.agent().value(), Date.valueOf(cell.day()), cell.shift(),
						cell.pinned())
				.update();
		}
		return true;
	}

	/**
	 * Copies the draft to the published roster, each cell with its shift's name and
	 * times.
	 * @return false when a live solve holds the month or there is no draft
	 */
	@Transactional
	boolean publish(ShopId shop, YearMonth month, List<Shift> shifts, AgentId by, Instant at) {
		int free = jdbc.sql("""
				update roster set published_at = ?, published_by = ?
				where shop_id = ? and month = ? and (solve_id is null or solving_until < ?)
				""")
			.params(Timestamp.from(at), by.value(), shop.value(), first(month), Timestamp.from(at.minus(GRACE)))
			.update();
		if (free == 0) {
			return false;
		}
		jdbc.sql("delete from roster_published_cell where shop_id = ? and month = ?")
			.params(shop.value(), first(month))
			.update();
		for (RosterSheet.Cell cell : draftCells(shop, month)) {
			Shift shift = cell.shift() == null ? null
					: shifts.stream().filter((s) -> s.code().equals(cell.shift())).findFirst().orElse(null);
			jdbc.sql("""
					insert into roster_published_cell (shop_id, month, agent_id, day, shift_code, shift_name,
					    starts_at, ends_at)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					""")
				.params(shop.value(), first(month), cell.agent().value(), Date.valueOf(cell.day()),
						shift == null ? null : shift.code(), shift == null ? null : shift.name(),
						shift == null ? null : Time.valueOf(shift.start()),
						shift == null ? null : Time.valueOf(shift.end()))
				.update();
		}
		return true;
	}

	/** The approved leave days of the month per agent. */
	List<AgentDay> approvedLeave(ShopId shop, YearMonth month) {
		return jdbc.sql("""
				select agent_id, d::date from roster_leave,
				    generate_series(greatest(first_day, ?), least(last_day, ?), interval '1 day') d
				where shop_id = ? and status = 'APPROVED' and first_day <= ? and last_day >= ?
				""")
			.params(first(month), Date.valueOf(month.atEndOfMonth()), shop.value(), Date.valueOf(month.atEndOfMonth()),
					first(month))
			.query((rs, row) -> new AgentDay(AgentId.of(rs.getLong(1)), rs.getDate(2).toLocalDate()))
			.list();
	}

	/** The days off the agents asked for in the month. */
	List<AgentDay> wishes(ShopId shop, YearMonth month) {
		return jdbc.sql("""
				select agent_id, day from roster_day_off_wish where shop_id = ? and day between ? and ?
				""")
			.params(shop.value(), first(month), Date.valueOf(month.atEndOfMonth()))
			.query((rs, row) -> new AgentDay(AgentId.of(rs.getLong(1)), rs.getDate(2).toLocalDate()))
			.list();
	}

	private void ensureMonth(ShopId shop, YearMonth month, Instant at) {
		jdbc.sql("""
				insert into roster (shop_id, month, changed_at) values (?, ?, ?)
				on conflict (shop_id, month) do nothing
				""").params(shop.value(), first(month), Timestamp.from(at)).update();
	}

	private void insertCells(ShopId shop, YearMonth month, Collection<SolvedCell> cells) {
		jdbc.sql("""
				insert into roster_cell (shop_id, month, agent_id, day, shift_code, pinned)
				select ?, ?, unnest(?::bigint[]), unnest(?::date[]), unnest(?::text[]), unnest(?::boolean[])
				""")
			.params(shop.value(), first(month), cells.stream().map((cell) -> cell.agent().value()).toArray(Long[]::new),
					cells.stream().map((cell) -> Date.valueOf(cell.day())).toArray(Date[]::new),
					cells.stream().map(SolvedCell::shift).toArray(String[]::new),
					cells.stream().map(SolvedCell::pinned).toArray(Boolean[]::new))
			.update();
	}

	private static Date first(YearMonth month) {
		return Date.valueOf(month.atDay(1));
	}

	private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	/** A month's row. */
	record Month(RosterSheet.@Nullable Solving solving, @Nullable Instant publishedAt, Instant changedAt) {

		RosterSheet.Status status() {
			if (solving != null) {
				return RosterSheet.Status.SOLVING;
			}
			return publishedAt != null && !changedAt.isAfter(publishedAt) ? RosterSheet.Status.PUBLISHED
					: RosterSheet.Status.DRAFT;
		}

	}

	/** A cell to write. */
	record SolvedCell(AgentId agent, LocalDate day, @Nullable String shift, boolean pinned) {
	}

	/** An agent and a day. */
	record AgentDay(AgentId agent, LocalDate day) {
	}

	/** A published cell with its shift as it was when published. */
	record PublishedCell(AgentId agent, LocalDate day, @Nullable PublishedShift shift) {
	}

	/** A shift as published. */
	record PublishedShift(String code, String name, java.time.LocalTime start, java.time.LocalTime end) {
	}

}
