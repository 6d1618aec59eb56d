package io.kefu.workforce;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

/**
 * The shops' swaps (换班) from proposal to approval. Every method that names a swap throws
 * {@link UnknownRosterItemException} when the shop has no such swap.
 */
public interface Swaps {

	/**
	 * Proposes a swap of the two agents' published shifts of a day.
	 * @throws IllegalArgumentException naming the field: a day past, the same agent
	 * twice, two identical shifts
	 * @throws UnknownRosterItemException naming the agent who is not on the shop's roster
	 * @throws RosterStateException when the day has no published roster, or one of the
	 * two already has an open swap that day
	 */
	Swap propose(ShopId shop, NewSwap swap, AgentId by);

	/** The colleague asked agrees. */
	Swap accept(ShopId shop, long id, AgentId by);

	/** The colleague asked says no. */
	Swap decline(ShopId shop, long id, AgentId by);

	/** The proposer takes it back before a supervisor decides. */
	Swap withdraw(ShopId shop, long id, AgentId by);

	/**
	 * A supervisor approves an accepted swap: the published roster of the day (and the
	 * draft, pinned) get the traded shifts.
	 * @throws SwapBreaksRuleException when the traded roster breaks a hard rule the
	 * published one kept; the swap is then refused, naming the rule
	 * @throws RosterStateException when the swap is not accepted, the day has passed, the
	 * day's roster changed since the proposal, or the month is being solved
	 */
	Swap approve(ShopId shop, long id, AgentId by);

	/** A supervisor says no. */
	Swap refuse(ShopId shop, long id, AgentId by);

	/** The swaps of the month's days, every agent's, by day then number. */
	List<Swap> inMonth(ShopId shop, YearMonth month);

	/** The swaps of the month's days that the agent proposed or was asked for. */
	List<Swap> inMonth(ShopId shop, YearMonth month, AgentId agent);

	/**
	 * A proposal.
	 *
	 * @param day the day whose shifts are traded
	 * @param from the proposer's username
	 * @param to the colleague's username
	 * @param note why, may be empty
	 */
	record NewSwap(LocalDate day, String from, String to, String note) {
	}

}
