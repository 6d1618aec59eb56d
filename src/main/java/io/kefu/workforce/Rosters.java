package io.kefu.workforce;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * The shops' monthly rosters: solved in the background, pinned and published by
 * supervisors, read by everyone.
 */
public interface Rosters {

	/** The draft with its score and violations, as supervisors see it. */
	RosterSheet draft(ShopId shop, YearMonth month);

	/** The published copy, as the department works to it. */
	RosterSheet published(ShopId shop, YearMonth month);

	/**
	 * Starts solving the month's draft around its pinned cells; the solve runs in the
	 * background for at most {@code limit}.
	 * @throws RosterStateException when a solve of the month is already running
	 */
	RosterSheet.Solving solve(ShopId shop, YearMonth month, Duration limit, AgentId by);

	/** Stops the month's solve early; the best roster found so far is kept. */
	void stop(ShopId shop, YearMonth month);

	/**
	 * Sets cells by hand.
	 * @throws RosterStateException while the month is being solved
	 * @throws IllegalArgumentException naming the change that names an unknown agent,
	 * shift or a day outside the month
	 */
	RosterSheet pin(ShopId shop, YearMonth month, List<CellChange> changes, AgentId by);

	/**
	 * Makes the draft the roster the department works to.
	 * @throws RosterStateException while the month is being solved
	 * @throws RosterStateException when there is no draft to publish
	 */
	RosterSheet publish(ShopId shop, YearMonth month, AgentId by);

	/**
	 * A cell set by hand.
	 *
	 * @param agent the agent's username
	 * @param day the day
	 * @param shift the shift code, null for a day off
	 * @param pinned whether the solver must keep it
	 */
	record CellChange(String agent, LocalDate day, @Nullable String shift, boolean pinned) {
	}

}
