package io.kefu.workforce.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.kefu.access.Caller;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.workforce.PromotionDay;
import io.kefu.workforce.RosterSheet;
import io.kefu.workforce.Rosters;
import io.kefu.workforce.StaffingNeed;
import io.kefu.workforce.StaffingNeeds;
import io.kefu.workforce.StaffingSettings;

import org.jspecify.annotations.Nullable;
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
 * The staffing page (排班需求): a day's need per half hour as a chart and a table, a day
 * picker, and the settings form for supervisors.
 */
@Controller
class StaffingPages {

	private final StaffingNeeds needs;

	private final StaffingSettings.Store settings;

	private final Shops shops;

	private final Rosters rosters;

	private final Clock clock;

	StaffingPages(StaffingNeeds needs, StaffingSettings.Store settings, Shops shops, Rosters rosters, Clock clock) {
		this.needs = needs;
		this.rosters = rosters;
		this.settings = settings;
		this.shops = shops;
		this.clock = clock;
	}

	@GetMapping("/shops/{shopId}/staffing")
	String staffing(@PathVariable long shopId, @RequestParam(required = false) @Nullable String day, Caller caller,
			Model model) {
		StaffingRoles.requireReader(caller, shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		LocalDate shown = day == null || day.isBlank() ? shop.businessDay(clock.instant()) : day(day);
		StaffingNeed need = needs.of(shop.id(), shown);
		StaffingSettings current = settings.of(shop.id());
		model.addAttribute("day", shown);
		model.addAttribute("previousDay", shown.minusDays(1));
		model.addAttribute("nextDay", shown.plusDays(1));
		model.addAttribute("need", need);
		// against the published roster: the draft's own shortfall is on the roster page
		RosterSheet roster = rosters.published(shop.id(), YearMonth.from(shown));
		model.addAttribute("chart",
				roster.cells().isEmpty() ? StaffingChart.of(need) : StaffingChart.of(need, roster.rosteredOn(shown)));
		model.addAttribute("settings", current);
		model.addAttribute("uplift", factor(current.upliftOn(shown)));
		model.addAttribute("promotionLines", promotionLines(current.promotions()));
		model.addAttribute("edits", caller.supervises());
		return "workforce/staffing";
	}

	@PostMapping("/shops/{shopId}/staffing/settings")
	String saveSettings(@PathVariable long shopId, @RequestParam String weeks, @RequestParam String percent,
			@RequestParam String seconds, @RequestParam String shrinkage,
			@RequestParam(required = false, defaultValue = "") String promotions,
			@RequestParam(required = false, defaultValue = "") String day, Caller caller, RedirectAttributes redirect) {
		StaffingRoles.requireEditor(caller, shopId);
		ShopId shop = shops.get(ShopId.of(shopId)).id();
		try {
			settings.save(shop,
					new StaffingSettings(Integer.parseInt(weeks.strip()),
							new StaffingSettings.ServiceTarget(Integer.parseInt(percent.strip()),
									Integer.parseInt(seconds.strip())),
							Double.parseDouble(shrinkage.strip()) / 100, promotionDays(promotions)),
					AgentId.of(caller.agentId()));
			redirect.addFlashAttribute("done", "staffing.settings.saved");
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			redirect.addFlashAttribute("problem", "staffing.settings.invalid");
		}
		String back = day.isBlank() ? "" : "?day=" + day(day);
		return "redirect:/shops/" + shopId + "/staffing" + back + "#settings";
	}

	private static LocalDate day(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "day: not a date (YYYY-MM-DD): " + text);
		}
	}

	/** The promotion days as the form shows them: one a line, date and factor. */
	static String promotionLines(List<PromotionDay> promotions) {
		return promotions.stream()
			.map(promotion -> promotion.date() + " " + factor(promotion.factor()))
			.collect(Collectors.joining("\n"));
	}

	private static String factor(double factor) {
		return factor == Math.rint(factor) ? Long.toString((long) factor) : Double.toString(factor);
	}

	/**
	 * The form's promotion days: one a line, a date and a factor separated by spaces, an
	 * optional {@code x} or {@code ×} before the factor ({@code 2026-11-11 ×5}).
	 */
	static List<PromotionDay> promotionDays(String text) {
		List<PromotionDay> days = new ArrayList<>();
		for (String line : text.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			String[] parts = trimmed.split("[\\s,，]+");
			if (parts.length != 2) {
				throw new IllegalArgumentException("promotions: a date and a factor a line, not " + trimmed);
			}
			String factor = parts[1].replaceFirst("^[xX×*]", "");
			days.add(new PromotionDay(LocalDate.parse(parts[0]), Double.parseDouble(factor)));
		}
		return days;
	}

}
