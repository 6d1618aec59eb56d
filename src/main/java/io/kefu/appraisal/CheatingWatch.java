package io.kefu.appraisal;

import java.time.YearMonth;
import java.util.List;

import io.kefu.shop.ShopId;

/**
 * Cheating detected in a month's messages (seed 001: 在闪人数10人以下而自动回复), listed as
 * suspected: only the supervisor records cheating.
 */
public interface CheatingWatch {

	/**
	 * The month's suspect auto-replies, one row per agent and business day, by day then
	 * agent.
	 */
	List<SuspectedCheating> suspected(ShopId shop, YearMonth month);

}
