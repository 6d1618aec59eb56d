package io.kefu.appraisal.internal;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import io.kefu.appraisal.CheatingRecord;
import io.kefu.appraisal.SheetEntry;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reward/penalty sheet's lines and the cheating records of a month. */
@Repository
class AppraisalSheets {

	private final JdbcClient jdbc;

	AppraisalSheets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SheetEntry> sheet(ShopId shop, YearMonth month) {
		return jdbc.sql("""
				select id, agent_id, day, amount, kpi_points, reason, entered_by, entered_at from appraisal_sheet_entry
				where shop_id = ? and month = ? order by day, id
				""").params(shop.value(), month.atDay(1)).query((row, n) -> {
			Long by = row.getObject(7, Long.class);
			return new SheetEntry(row.getLong(1), AgentId.of(row.getLong(2)),
					row.getObject(3, java.time.LocalDate.class), row.getBigDecimal(4), row.getBigDecimal(5),
					row.getString(6), by == null ? null : AgentId.of(by),
					row.getObject(8, OffsetDateTime.class).toInstant());
		}).list();
	}

	SheetEntry add(ShopId shop, YearMonth month, SheetEntry entry) {
		long id = jdbc
			.sql("""
					insert into appraisal_sheet_entry (shop_id, month, agent_id, day, amount, kpi_points, reason, entered_by,
					    entered_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
					""")
			.params(shop.value(), month.atDay(1), entry.agent().value(), entry.day(), entry.amount(), entry.kpiPoints(),
					entry.reason(), entry.enteredBy() == null ? null : entry.enteredBy().value(),
					Timestamp.from(entry.enteredAt()))
			.query(Long.class)
			.single();
		return new SheetEntry(id, entry.agent(), entry.day(), entry.amount(), entry.kpiPoints(), entry.reason(),
				entry.enteredBy(), entry.enteredAt());
	}

	boolean remove(ShopId shop, YearMonth month, long id) {
		return jdbc.sql("delete from appraisal_sheet_entry where shop_id = ? and month = ? and id = ?")
			.params(shop.value(), month.atDay(1), id)
			.update() == 1;
	}

	List<CheatingRecord> cheating(ShopId shop, YearMonth month) {
		return jdbc.sql("""
				select id, agent_id, day, note, entered_by, entered_at from appraisal_cheating
				where shop_id = ? and month = ? order by day, id
				""").params(shop.value(), month.atDay(1)).query((row, n) -> {
			Long by = row.getObject(5, Long.class);
			return new CheatingRecord(row.getLong(1), AgentId.of(row.getLong(2)),
					row.getObject(3, java.time.LocalDate.class), row.getString(4), by == null ? null : AgentId.of(by),
					row.getObject(6, OffsetDateTime.class).toInstant());
		}).list();
	}

	CheatingRecord record(ShopId shop, YearMonth month, CheatingRecord record) {
		long id = jdbc.sql("""
				insert into appraisal_cheating (shop_id, month, agent_id, day, note, entered_by, entered_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(shop.value(), month.atDay(1), record.agent().value(), record.day(), record.note(),
					record.enteredBy() == null ? null : record.enteredBy().value(), Timestamp.from(record.enteredAt()))
			.query(Long.class)
			.single();
		return new CheatingRecord(id, record.agent(), record.day(), record.note(), record.enteredBy(),
				record.enteredAt());
	}

}
