package io.kefu.followup;

import io.kefu.access.Caller;
import io.kefu.shop.ShopId;

/** Assembles the daily start of whoever opens it. */
public interface DailyStarts {

	/**
	 * The caller's daily start in the shop: their own figures and tasks, or the team's
	 * for a supervisor. Reads only.
	 */
	DailyStart of(Caller caller, ShopId shop);

}
