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
import io.kefu.workforce.Swap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The swaps' rows, and the two cells an approved swap trades in the published roster and
 * in the draft.
 */
@Repository
class JdbcSwaps {

	private static final String COLUMNS = """
			id, shop_id, day, from_agent_id, to_agent_id, from_shift, from_shift_name, to_shift, to_shift_name, note,
			status, proposed_at, accepted_at, decided_at, decided_by, refused_rule
			""";

	private final JdbcClient jdbc;

	JdbcSwaps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Swap insert(Swap swap) {
		long id = jdbc.sql("""
				insert into roster_swap (shop_id, day, from_agent_id, to_agent_id, from_shift, from_shift_name,
				    to_shift, to_shift_name, note, status, proposed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(swap.shop().value(), Date.valueOf(swap.day()), swap.from().value(), swap.to().value(),
					code(swap.fromShift()), name(swap.fromShift()), code(swap.toShift()), name(swap.toShift()),
					swap.note(), swap.status().name(), Timestamp.from(swap.proposedAt()))
			.query(Long.class)
			.single();
		return find(swap.shop(), id).orElseThrow();
	}

	Optional<Swap> find(ShopId shop, long id) {
		return jdbc.sql("select " + COLUMNS + " from roster_swap where shop_id = ? and id = ?")
			.params(shop.value(), id)
			.query(JdbcSwaps::swap)
			.optional();
	}

	/** The swap, locked until the transaction ends so that two decisions do not cross. */
	Optional<Swap> lock(ShopId shop, long id) {
		return jdbc.sql("select " + COLUMNS + " from roster_swap where shop_id = ? and id = ? for update")
			.params(shop.value(), id)
			.query(JdbcSwaps::swap)
			.optional();
	}

	void update(Swap swap) {
		jdbc.sql("""
				update roster_swap set status = ?, accepted_at = ?, decided_at = ?, decided_by = ?, refused_rule = ?
				where id = ?
				""")
			.params(swap.status().name(), timestamp(swap.acceptedAt()), timestamp(swap.decidedAt()),
					swap.decidedBy() == null ? null : swap.decidedBy().value(), swap.refusedRule(), swap.id())
			.update();
	}

	List<Swap> inMonth(ShopId shop, YearMonth month) {
		return jdbc
			.sql("select " + COLUMNS + " from roster_swap where shop_id = ? and day between ? and ?"
					+ " order by day, id")
			.params(shop.value(), Date.valueOf(month.atDay(1)), Date.valueOf(month.atEndOfMonth()))
			.query(JdbcSwaps::swap)
			.list();
	}

	/** Whether either agent has a swap of the day still open. */
	boolean openOn(ShopId shop, LocalDate day, AgentId one, AgentId other) {
		return jdbc.sql("""
				select count(*) from roster_swap where shop_id = ? and day = ? and status in ('PROPOSED', 'ACCEPTED')
				and (from_agent_id in (?, ?) or to_agent_id in (?, ?))
				""")
			.params(shop.value(), Date.valueOf(day), one.value(), other.value(), one.value(), other.value())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The agent's published cell of the day: empty without one, a null shift for a day
	 * off.
	 */
	Optional<PublishedDay> published(ShopId shop, AgentId agent, LocalDate day) {
		return jdbc.sql("""
				select shift_code, shift_name from roster_published_cell where shop_id = ? and agent_id = ? and day = ?
				""").params(shop.value(), agent.value(), Date.valueOf(day)).query((rs, row) -> {
			String code = rs.getString(1);
			return new PublishedDay(code == null ? null : new Swap.SwapShift(code, rs.getString(2)));
		}).optional();
	}

	/** Trades the two agents' published cells of the day, shift snapshots and all. */
	void tradePublished(ShopId shop, LocalDate day, AgentId one, AgentId other) {
		jdbc.sql("""
				update roster_published_cell mine
				set shift_code = theirs.shift_code, shift_name = theirs.shift_name, starts_at = theirs.starts_at,
				    ends_at = theirs.ends_at
				from roster_published_cell theirs
				where mine.shop_id = ? and mine.day = ? and theirs.shop_id = mine.shop_id and theirs.day = mine.day
				  and ((mine.agent_id = ? and theirs.agent_id = ?) or (mine.agent_id = ? and theirs.agent_id = ?))
				""")
			.params(shop.value(), Date.valueOf(day), one.value(), other.value(), other.value(), one.value())
			.update();
	}

	/**
	 * Writes the two cells into the month's draft, pinned so that a later solve keeps
	 * them; a month without a draft is left alone. The draft's status is left as it was:
	 * the published roster changed the same way. The month's row stays locked until the
	 * transaction ends, so that no solve begins before the cells are in.
	 * @return false when a live solve holds the month (its result would drop the cells)
	 */
	boolean pinInDraft(ShopId shop, LocalDate day, AgentId agent, @Nullable String shift, Instant now) {
		Date month = Date.valueOf(YearMonth.from(day).atDay(1));
		Boolean free = jdbc.sql("""
				select solve_id is null or solving_until < ? from roster where shop_id = ? and month = ? for update
				""")
			.params(Timestamp.from(now.minus(RosterStore.GRACE)), shop.value(), month)
			.query(Boolean.class)
			.optional()
			.orElse(null);
		if (free == null) {
			return true;
		}
		if (!free) {
			return false;
		}
		jdbc.sql("""
				insert into roster_cell (shop_id, month, agent_id, day, shift_code, pinned) values (?, ?, ?, ?, ?, true)
				on conflict (shop_id, agent_id, day) do update set shift_code = excluded.shift_code, pinned = true
				""").params(shop.value(), month, agent.value(), Date.valueOf(day), shift).update();
		return true;
	}

	private static Swap swap(ResultSet rs, int row) throws SQLException {
		Long decidedBy = rs.getObject(15, Long.class);
		return new Swap(rs.getLong(1), ShopId.of(rs.getLong(2)), rs.getDate(3).toLocalDate(), AgentId.of(rs.getLong(4)),
				AgentId.of(rs.getLong(5)), shift(rs.getString(6), rs.getString(7)),
				shift(rs.getString(8), rs.getString(9)), rs.getString(10), Swap.Status.valueOf(rs.getString(11)),
				rs.getTimestamp(12).toInstant(), instant(rs, 13), instant(rs, 14),
				decidedBy == null ? null : AgentId.of(decidedBy), rs.getString(16));
	}

	private static Swap.@Nullable SwapShift shift(@Nullable String code, @Nullable String name) {
		return code == null ? null : new Swap.SwapShift(code, name == null ? code : name);
	}

	private static @Nullable String code(Swap.@Nullable SwapShift shift) {
		return shift == null ? null : shift.code();
	}

	private static @Nullable String name(Swap.@Nullable SwapShift shift) {
		return shift == null ? null : shift.name();
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	/** A published cell: the shift, null for a day off. */
	record PublishedDay(Swap.@Nullable SwapShift shift) {
	}

}
