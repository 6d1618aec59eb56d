package io.kefu.workforce;

import java.time.YearMonth;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * The shops' attendance: each published shift judged from when the agent was at the desk
 * ({@link Attendance}), for the appraisal's reward/penalty sheet. Reads only; the
 * supervisor decides what to enter on the sheet.
 */
public interface AttendanceSheets {

	/**
	 * @param agent one agent, or null for everyone on the month's published roster
	 */
	AttendanceSheet of(ShopId shop, YearMonth month, @Nullable AgentId agent);

}
