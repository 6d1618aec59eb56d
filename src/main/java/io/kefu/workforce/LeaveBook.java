package io.kefu.workforce;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

/**
 * The shops' leave (请假). Approving leave makes its days off in the published roster and
 * repairs the draft: the agent's cells of those days are opened and the month re-solved
 * from the leave's first day (or today) on, for the supervisor to review and publish.
 * Every method that names a leave throws {@link UnknownRosterItemException} when the shop
 * has no such leave.
 */
public interface LeaveBook {

	/**
	 * Asks for leave.
	 * @throws IllegalArgumentException naming the field
	 * @throws UnknownRosterItemException when the agent is not on the shop's roster
	 * @throws RosterStateException when it overlaps the agent's leave asked for or
	 * approved
	 */
	Leave request(ShopId shop, AgentId agent, LocalDate firstDay, LocalDate lastDay, String reason);

	/**
	 * A supervisor approves it, and the months it touches are repaired.
	 * @throws RosterStateException when it is not requested, or a month it touches is
	 * being solved
	 */
	Approved approve(ShopId shop, long id, AgentId by);

	/** A supervisor says no. */
	Leave refuse(ShopId shop, long id, AgentId by);

	/** The agent takes it back while asked for, or approved and not begun. */
	Leave withdraw(ShopId shop, long id, AgentId by);

	/** The leave that touches the month, everyone's, by first day. */
	List<Leave> inMonth(ShopId shop, YearMonth month);

	/** The agent's leave that touches the month. */
	List<Leave> inMonth(ShopId shop, YearMonth month, AgentId agent);

	/**
	 * Approved leave and the repair it started.
	 *
	 * @param leave the leave
	 * @param repairing the months whose draft is being re-solved around it
	 */
	record Approved(Leave leave, List<YearMonth> repairing) {

		public Approved {
			repairing = List.copyOf(repairing);
		}

	}

}
