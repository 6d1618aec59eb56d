package io.kefu.workforce.web;

import java.time.Clock;
import java.time.YearMonth;

import io.kefu.access.Caller;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.workforce.RosterSettings;
import io.kefu.workforce.RosterSheet;
import io.kefu.workforce.RosterViolation;
import io.kefu.workforce.RosterWeights;
import io.kefu.workforce.Rosters;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The roster page (排班表): the month's grid for everyone in the shop — the draft with its
 * score, 排班, pins and 发布 for supervisors, the published roster with the reader's own row
 * first for everyone else — and the shifts and rules for supervisors.
 */
@Controller
class RosterPages {

	private final Rosters rosters;

	private final RosterSettings.Store settings;

	private final Shops shops;

	private final Clock clock;

	RosterPages(Rosters rosters, RosterSettings.Store settings, Shops shops, Clock clock) {
		this.rosters = rosters;
		this.settings = settings;
		this.shops = shops;
		this.clock = clock;
	}

	@GetMapping("/shops/{shopId}/rosters")
	String thisMonth(@PathVariable long shopId, Caller caller) {
		caller.requireShop(shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		return "redirect:/shops/" + shopId + "/rosters/" + YearMonth.from(shop.businessDay(clock.instant()));
	}

	@GetMapping("/shops/{shopId}/rosters/{month}")
	String roster(@PathVariable long shopId, @PathVariable String month, Caller caller, Model model) {
		caller.requireShop(shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		YearMonth shown = month(month);
		boolean edits = RosterRoles.readsDraft(caller, shopId);
		RosterSheet sheet = edits ? rosters.draft(shop.id(), shown) : rosters.published(shop.id(), shown);
		model.addAttribute("month", shown);
		model.addAttribute("previousMonth", shown.minusMonths(1));
		model.addAttribute("nextMonth", shown.plusMonths(1));
		model.addAttribute("sheet", sheet);
		model.addAttribute("grid", RosterGrid.of(sheet, AgentId.of(caller.agentId())));
		model.addAttribute("hard",
				sheet.violations()
					.stream()
					.filter((violation) -> violation.level() == RosterViolation.Level.HARD)
					.toList());
		model.addAttribute("edits", edits);
		model.addAttribute("names", sheet.agents()
			.stream()
			.collect(java.util.stream.Collectors.toMap(RosterSheet.Member::username, RosterSheet.Member::name)));
		RosterSettings current = settings.of(shop.id());
		model.addAttribute("settings", current);
		model.addAttribute("shiftLines", RosterSettingsForm.lines(current.shifts()));
		return "workforce/roster";
	}

	@PostMapping("/shops/{shopId}/rosters/settings")
	String saveSettings(@PathVariable long shopId, @RequestParam String shifts, @RequestParam String daysOff,
			@RequestParam String solveSeconds, @RequestParam String hoursWeight, @RequestParam String lastMonthWeight,
			@RequestParam String requestedOffWeight, @RequestParam String weekendsWeight,
			@RequestParam(required = false, defaultValue = "") String month, Caller caller,
			RedirectAttributes redirect) {
		caller.requireSupervisorOf(shopId);
		ShopId shop = shops.get(ShopId.of(shopId)).id();
		// the month to come back to is checked first: a bad one saves nothing
		String back = month.isBlank() ? "" : "/" + month(month);
		try {
			settings.save(shop, new RosterSettings(RosterSettingsForm.shifts(shifts), Integer.parseInt(daysOff.strip()),
					Integer.parseInt(solveSeconds.strip()),
					new RosterWeights(Integer.parseInt(hoursWeight.strip()), Integer.parseInt(lastMonthWeight.strip()),
							Integer.parseInt(requestedOffWeight.strip()), Integer.parseInt(weekendsWeight.strip()))),
					AgentId.of(caller.agentId()));
			redirect.addFlashAttribute("done", "roster.settings.saved");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", "roster.settings.invalid");
			redirect.addFlashAttribute("problemDetail", ex.getMessage());
		}
		return "redirect:/shops/" + shopId + "/rosters" + back + "#settings";
	}

	private static YearMonth month(String text) {
		try {
			return RosterApi.monthOf(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

}
