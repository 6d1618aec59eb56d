package io.kefu.training;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

/**
 * Typing tests as the appraisal reads them: a month is the shop's calendar month in which
 * the test was submitted.
 */
public interface TypingResults {

	/**
	 * Per agent the month's best scored attempt that was not voided: the fastest among
	 * those at the bonus accuracy (90%) or better, else the fastest.
	 */
	Map<AgentId, TypingAttempt> bestOf(ShopId shop, YearMonth month);

	/** The month's voided attempts, each one cheating (作弊) for the appraisal. */
	List<TypingAttempt> voidedIn(ShopId shop, YearMonth month);

}
