package io.kefu.workforce;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

/**
 * The days off agents ask for before a month is solved: a wish the solver weighs
 * ("requested days off honoured"), not leave.
 */
public interface DayOffWishes {

	/** The most days an agent may wish off in a month. */
	int MAX_DAYS = 8;

	/** Every agent's wishes of the month, each agent's days in order. */
	Map<AgentId, List<LocalDate>> of(ShopId shop, YearMonth month);

	/**
	 * Replaces the agent's wishes of the month.
	 * @throws IllegalArgumentException naming the day that is not in the month, repeated,
	 * or one too many
	 */
	List<LocalDate> set(ShopId shop, YearMonth month, AgentId agent, List<LocalDate> days);

}
