package io.kefu.workforce.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.workforce.Leave;
import io.kefu.workforce.LeaveBook;
import io.kefu.workforce.RosterSettings;
import io.kefu.workforce.RosterSheet;
import io.kefu.workforce.RosterStateException;
import io.kefu.workforce.UnknownRosterItemException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The leave's steps. Approval commits the leave and the roster cells it frees before the
 * repairing solves start, since a solve reads the month in its own thread.
 */
@Service
class LeaveDesk implements LeaveBook {

	private static final Logger log = LoggerFactory.getLogger(LeaveDesk.class);

	private final JdbcLeave store;

	private final RosterMembers members;

	private final RosterDesk rosters;

	private final RosterSettings.Store settings;

	private final Shops shops;

	private final TransactionTemplate transaction;

	private final Clock clock;

	LeaveDesk(JdbcLeave store, RosterMembers members, RosterDesk rosters, RosterSettings.Store settings, Shops shops,
			TransactionTemplate transaction, Clock clock) {
		this.store = store;
		this.members = members;
		this.rosters = rosters;
		this.settings = settings;
		this.shops = shops;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public Leave request(ShopId shop, AgentId agent, LocalDate firstDay, LocalDate lastDay, String reason) {
		Leave.check(firstDay, lastDay, reason);
		if (members.of(shop).stream().map(RosterSheet.Member::id).noneMatch(agent::equals)) {
			throw new UnknownRosterItemException("agent: " + agent.value() + " is not on this shop's roster");
		}
		return transaction.execute((status) -> {
			if (store.overlaps(agent, 0, firstDay, lastDay)) {
				throw new RosterStateException("firstDay: the agent already has leave asked for or approved between "
						+ firstDay + " and " + lastDay);
			}
			return store.insert(new Leave(0, shop, agent, firstDay, lastDay, reason.strip(), Leave.Status.REQUESTED,
					clock.instant(), null, null));
		});
	}

	@Override
	public Approved approve(ShopId shop, long id, AgentId by) {
		Instant now = clock.instant();
		List<YearMonth> drafts = new ArrayList<>();
		Leave approved = transaction.execute((status) -> {
			Leave leave = locked(shop, id).approve(by, now);
			for (YearMonth month : leave.months()) {
				if (store.solving(shop, month, now)) {
					throw new RosterStateException(
							"The roster of " + month + " is being solved; approve the leave when the solve is done");
				}
			}
			store.update(leave);
			store.daysOffInPublished(leave);
			leave.months().stream().filter((month) -> store.openInDraft(leave, month)).forEach(drafts::add);
			return leave;
		});
		LocalDate today = shops.get(shop).businessDay(now);
		LocalDate keptBefore = approved.firstDay().isAfter(today) ? approved.firstDay() : today;
		log.info("Agent {} approved leave {} ({} to {})", by.value(), id, approved.firstDay(), approved.lastDay());
		return new Approved(approved, repair(shop, drafts, keptBefore, by));
	}

	@Override
	public Leave refuse(ShopId shop, long id, AgentId by) {
		return transaction.execute((status) -> save(locked(shop, id).refuse(by, clock.instant())));
	}

	@Override
	public Leave withdraw(ShopId shop, long id, AgentId by) {
		Instant now = clock.instant();
		LocalDate today = shops.get(shop).businessDay(now);
		return transaction.execute((status) -> save(locked(shop, id).withdraw(by, now, today)));
	}

	@Override
	public List<Leave> inMonth(ShopId shop, YearMonth month) {
		return store.touching(shop, month.atDay(1), month.atEndOfMonth());
	}

	@Override
	public List<Leave> inMonth(ShopId shop, YearMonth month, AgentId agent) {
		return inMonth(shop, month).stream().filter((leave) -> leave.agent().equals(agent)).toList();
	}

	/**
	 * Re-solves the drafts from {@code keptBefore} on; a month that a solve took
	 * meanwhile is left for the supervisor to re-solve.
	 */
	private List<YearMonth> repair(ShopId shop, List<YearMonth> drafts, LocalDate keptBefore, AgentId by) {
		Duration limit = Duration.ofSeconds(settings.of(shop).solveSeconds());
		List<YearMonth> repairing = new ArrayList<>();
		for (YearMonth month : drafts) {
			if (month.atEndOfMonth().isBefore(keptBefore)) {
				continue;
			}
			try {
				rosters.solve(shop, month, limit, by, keptBefore);
				repairing.add(month);
			}
			catch (RosterStateException ex) {
				log.warn("The roster of shop {} for {} was not repaired after leave: {}", shop.value(), month,
						ex.getMessage());
			}
		}
		return repairing;
	}

	private Leave locked(ShopId shop, long id) {
		return store.lock(shop, id)
			.orElseThrow(() -> new UnknownRosterItemException("Shop " + shop.value() + " has no leave " + id));
	}

	private Leave save(Leave leave) {
		store.update(leave);
		return leave;
	}

}
