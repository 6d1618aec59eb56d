package io.kefu.workforce.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kefu.access.Caller;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.workforce.AttendanceSheet;
import io.kefu.workforce.AttendanceSheets;
import io.kefu.workforce.AttendanceSummary;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The attendance page (考勤): the month's summary per agent for the appraisal's
 * reward/penalty sheet, and each agent's shifts below it; agents see their own.
 */
@Controller
class AttendancePage {

	private final AttendanceSheets sheets;

	private final Shops shops;

	private final Staff staff;

	private final Clock clock;

	AttendancePage(AttendanceSheets sheets, Shops shops, Staff staff, Clock clock) {
		this.sheets = sheets;
		this.shops = shops;
		this.staff = staff;
		this.clock = clock;
	}

	@GetMapping("/shops/{shopId}/attendance")
	String attendance(@PathVariable long shopId, @RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable String agent, Caller caller, Model model) {
		caller.requireShop(shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		AgentId whose;
		YearMonth shown;
		try {
			whose = AttendanceRoles.whose(caller, shop, agent, staff);
			shown = AttendanceRoles.month(month, shop, clock);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		AttendanceSheet sheet = sheets.of(shop.id(), shown, whose);
		model.addAttribute("month", shown);
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		model.addAttribute("sheet", sheet);
		model.addAttribute("rows", rows(sheet, shop));
		model.addAttribute("everyone", AttendanceRoles.readsEveryone(caller) && whose == null);
		return "workforce/attendance";
	}

	/** Each agent with their month in sum and their shifts, in the sheet's order. */
	private static List<AttendanceRow> rows(AttendanceSheet sheet, Shop shop) {
		Map<AgentId, AttendanceSummary> summaries = new LinkedHashMap<>();
		sheet.summaries().forEach(summary -> summaries.put(summary.agent(), summary));
		return sheet.agents()
			.stream()
			.map(member -> AttendanceRow.of(member, summaries.get(member.id()), sheet.days(), shop.timeZone()))
			.toList();
	}

}
