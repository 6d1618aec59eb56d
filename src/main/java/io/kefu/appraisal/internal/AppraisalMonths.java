package io.kefu.appraisal.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import io.kefu.appraisal.MonthEvent;
import io.kefu.appraisal.MonthInputs;
import io.kefu.appraisal.MonthStatus;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The month's row: its status, locked while a change is made so that a change and the
 * submit that would lock it out cannot pass each other, and its audit trail. Runs inside
 * the caller's transaction.
 */
@Repository
class AppraisalMonths {

	private final JdbcClient jdbc;

	AppraisalMonths(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	MonthStatus status(ShopId shop, YearMonth month) {
		return jdbc.sql("select status from appraisal_month where shop_id = ? and month = ?")
			.params(shop.value(), month.atDay(1))
			.query((row, n) -> MonthStatus.valueOf(row.getString(1)))
			.optional()
			.orElse(MonthStatus.OPEN);
	}

	/**
	 * The month's row, made with the defaults when missing, locked; refused unless open.
	 */
	void lockOpen(ShopId shop, YearMonth month) {
		locked(shop, month).requireOpen();
	}

	MonthStatus advance(ShopId shop, YearMonth month, MonthEvent event) {
		MonthStatus current = locked(shop, month);
		MonthStatus next = switch (event.action()) {
			case SUBMITTED -> current.submit();
			case APPROVED -> current.approve();
			case REOPENED -> current.reopen();
		};
		LocalDate first = month.atDay(1);
		jdbc.sql("update appraisal_month set status = ? where shop_id = ? and month = ?")
			.params(next.name(), shop.value(), first)
			.update();
		jdbc.sql("insert into appraisal_event (shop_id, month, action, agent_id, at, reason) values (?, ?, ?, ?, ?, ?)")
			.params(shop.value(), first, event.action().name(), event.agent() == null ? null : event.agent().value(),
					Timestamp.from(event.at()), event.reason())
			.update();
		return next;
	}

	List<MonthEvent> events(ShopId shop, YearMonth month) {
		return jdbc
			.sql("select action, agent_id, at, reason from appraisal_event where shop_id = ? and month = ? order by id")
			.params(shop.value(), month.atDay(1))
			.query((row, n) -> {
				Long agent = row.getObject(2, Long.class);
				return new MonthEvent(MonthEvent.Action.valueOf(row.getString(1)),
						agent == null ? null : AgentId.of(agent), row.getObject(3, OffsetDateTime.class).toInstant(),
						row.getString(4));
			})
			.list();
	}

	private MonthStatus locked(ShopId shop, YearMonth month) {
		LocalDate first = month.atDay(1);
		jdbc.sql("""
				insert into appraisal_month (shop_id, month, commission_rate, bonus_amount) values (?, ?, ?, ?)
				on conflict (shop_id, month) do nothing
				""")
			.params(shop.value(), first, MonthInputs.DEFAULTS.commissionRate(), MonthInputs.DEFAULTS.bonusAmount())
			.update();
		return jdbc.sql("select status from appraisal_month where shop_id = ? and month = ? for update")
			.params(shop.value(), first)
			.query((row, n) -> MonthStatus.valueOf(row.getString(1)))
			.single();
	}

}
