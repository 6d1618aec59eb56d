package io.kefu.workforce.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kefu.access.Caller;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.workforce.DayOffWishes;
import io.kefu.workforce.Leave;
import io.kefu.workforce.LeaveBook;
import io.kefu.workforce.RosterSheet;
import io.kefu.workforce.RosterStateException;
import io.kefu.workforce.Rosters;
import io.kefu.workforce.Shift;
import io.kefu.workforce.Swap;
import io.kefu.workforce.SwapBreaksRuleException;
import io.kefu.workforce.Swaps;
import io.kefu.workforce.UnknownRosterItemException;

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
 * The swaps and leave page (换班与请假): agents propose swaps and answer the ones asked of
 * them, ask for leave and wish days off; supervisors approve or refuse what waits. The
 * forms post here and come back to the page with what happened.
 */
@Controller
class SwapPages {

	private final Swaps swaps;

	private final LeaveBook leave;

	private final DayOffWishes wishes;

	private final Rosters rosters;

	private final Shops shops;

	private final Staff staff;

	private final Clock clock;

	SwapPages(Swaps swaps, LeaveBook leave, DayOffWishes wishes, Rosters rosters, Shops shops, Staff staff,
			Clock clock) {
		this.swaps = swaps;
		this.leave = leave;
		this.wishes = wishes;
		this.rosters = rosters;
		this.shops = shops;
		this.staff = staff;
		this.clock = clock;
	}

	@GetMapping("/shops/{shopId}/swaps")
	String page(@PathVariable long shopId, @RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable String day, Caller caller, Model model) {
		caller.requireShop(shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		LocalDate today = shop.businessDay(clock.instant());
		YearMonth shown = month == null || month.isBlank() ? YearMonth.from(today) : month(month);
		LocalDate picked = picked(day, shown, today);
		AgentId me = AgentId.of(caller.agentId());
		boolean supervises = RosterRoles.readsDraft(caller, shopId);
		RosterSheet published = rosters.published(shop.id(), shown);
		Map<AgentId, String> names = RosterNames.of(staff, shop.id());
		model.addAttribute("month", shown);
		model.addAttribute("previousMonth", shown.minusMonths(1));
		model.addAttribute("nextMonth", shown.plusMonths(1));
		model.addAttribute("day", picked);
		model.addAttribute("supervises", supervises);
		model.addAttribute("onRoster", published.agents().stream().anyMatch((member) -> member.id().equals(me)));
		model.addAttribute("published", published.status() == RosterSheet.Status.PUBLISHED);
		model.addAttribute("dayShifts", DayShift.of(published, picked, me));
		model.addAttribute("myShift",
				DayShift.of(published, picked, null)
					.stream()
					.filter((shift) -> shift.username().equals(caller.username()))
					.findFirst()
					.orElse(null));
		List<Swap> monthSwaps = supervises ? swaps.inMonth(shop.id(), shown) : swaps.inMonth(shop.id(), shown, me);
		model.addAttribute("swaps", monthSwaps.stream().map((swap) -> SwapApi.SwapView.of(swap, names)).toList());
		List<Leave> monthLeave = supervises ? leave.inMonth(shop.id(), shown) : leave.inMonth(shop.id(), shown, me);
		model.addAttribute("leave",
				monthLeave.stream().map((one) -> LeaveApi.LeaveView.of(one, names, List.of())).toList());
		Map<AgentId, List<LocalDate>> wished = wishes.of(shop.id(), shown);
		model.addAttribute("myWishes", wished.getOrDefault(me, List.of()));
		model.addAttribute("wishSlots", DayOffWishes.MAX_DAYS);
		List<WishLine> lines = new ArrayList<>();
		if (supervises) {
			wished.forEach((agent, days) -> lines.add(new WishLine(RosterNames.name(names, agent), days)));
		}
		model.addAttribute("allWishes", lines);
		return "workforce/swaps";
	}

	@PostMapping("/shops/{shopId}/swaps")
	String propose(@PathVariable long shopId, @RequestParam String date, @RequestParam String to,
			@RequestParam(required = false, defaultValue = "") String note, Caller caller,
			RedirectAttributes redirect) {
		ShopId shop = shop(shopId, caller);
		LocalDate day = date(date);
		return done(redirect, shopId, day, "swaps.proposed", () -> swaps.propose(shop,
				new Swaps.NewSwap(day, caller.username(), to.strip(), note.strip()), AgentId.of(caller.agentId())));
	}

	@PostMapping("/shops/{shopId}/swaps/{id}/{step}")
	String swapStep(@PathVariable long shopId, @PathVariable long id, @PathVariable String step,
			@RequestParam(required = false, defaultValue = "") String month, Caller caller,
			RedirectAttributes redirect) {
		ShopId shop = shop(shopId, caller);
		AgentId by = AgentId.of(caller.agentId());
		Runnable action = switch (step) {
			case "accept" -> () -> swaps.accept(shop, id, by);
			case "decline" -> () -> swaps.decline(shop, id, by);
			case "withdraw" -> () -> swaps.withdraw(shop, id, by);
			case "approve" -> () -> {
				caller.requireSupervisorOf(shopId);
				swaps.approve(shop, id, by);
			};
			case "refuse" -> () -> {
				caller.requireSupervisorOf(shopId);
				swaps.refuse(shop, id, by);
			};
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No swap step " + step);
		};
		return done(redirect, shopId, monthDay(month), "swaps.done." + step, action);
	}

	@PostMapping("/shops/{shopId}/leave")
	String requestLeave(@PathVariable long shopId, @RequestParam String firstDay, @RequestParam String lastDay,
			@RequestParam(required = false, defaultValue = "") String reason, Caller caller,
			RedirectAttributes redirect) {
		ShopId shop = shop(shopId, caller);
		LocalDate first = date(firstDay);
		LocalDate last = date(lastDay);
		return done(redirect, shopId, first, "leave.requested",
				() -> leave.request(shop, AgentId.of(caller.agentId()), first, last, reason));
	}

	@PostMapping("/shops/{shopId}/leave/{id}/{step}")
	String leaveStep(@PathVariable long shopId, @PathVariable long id, @PathVariable String step,
			@RequestParam(required = false, defaultValue = "") String month, Caller caller,
			RedirectAttributes redirect) {
		ShopId shop = shop(shopId, caller);
		AgentId by = AgentId.of(caller.agentId());
		Runnable action = switch (step) {
			case "approve" -> () -> {
				caller.requireSupervisorOf(shopId);
				leave.approve(shop, id, by);
			};
			case "refuse" -> () -> {
				caller.requireSupervisorOf(shopId);
				leave.refuse(shop, id, by);
			};
			case "withdraw" -> () -> leave.withdraw(shop, id, by);
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No leave step " + step);
		};
		return done(redirect, shopId, monthDay(month), "leave.done." + step, action);
	}

	@PostMapping("/shops/{shopId}/wishes")
	String setWishes(@PathVariable long shopId, @RequestParam String month,
			@RequestParam(required = false) @Nullable List<String> days, Caller caller, RedirectAttributes redirect) {
		ShopId shop = shop(shopId, caller);
		YearMonth wished = month(month);
		List<LocalDate> chosen = new ArrayList<>();
		for (String text : days == null ? List.<String>of() : days) {
			if (!text.isBlank() && !chosen.contains(date(text))) {
				chosen.add(date(text));
			}
		}
		return done(redirect, shopId, wished.atDay(1), "wishes.saved",
				() -> wishes.set(shop, wished, AgentId.of(caller.agentId()), chosen));
	}

	/**
	 * Runs the step and comes back to the page with what happened: the step's message, or
	 * the reason it was refused (the rule a swap breaks, translated).
	 */
	private static String done(RedirectAttributes redirect, long shopId, LocalDate day, String message,
			Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("done", message);
		}
		catch (SwapBreaksRuleException ex) {
			redirect.addFlashAttribute("ruleBroken", ex.violation());
			redirect.addFlashAttribute("ruleKey", "swaps.rule." + ex.violation().constraint().replace(' ', '-'));
		}
		catch (IllegalArgumentException | RosterStateException | UnknownRosterItemException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/shops/" + shopId + "/swaps?month=" + YearMonth.from(day);
	}

	private ShopId shop(long shopId, Caller caller) {
		caller.requireShop(shopId);
		return shops.get(ShopId.of(shopId)).id();
	}

	private LocalDate monthDay(String month) {
		return month.isBlank() ? LocalDate.now(clock) : month(month).atDay(1);
	}

	private static LocalDate picked(@Nullable String day, YearMonth month, LocalDate today) {
		if (day != null && !day.isBlank()) {
			return date(day);
		}
		return YearMonth.from(today).equals(month) ? today : month.atDay(1);
	}

	/** A month in a page's address or form: a bad one is a 400, as a bad date is. */
	private static YearMonth month(String text) {
		try {
			return RosterApi.monthOf(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "date: not a date (yyyy-MM-dd): " + text);
		}
	}

	/** A wish line of the supervisor's list. */
	record WishLine(String agent, List<LocalDate> days) {
	}

	/**
	 * An agent's published shift of the chosen day, as the swap form offers it.
	 *
	 * @param shift the shift, null for a day off or no published cell
	 */
	record DayShift(String username, String name, @Nullable Shift shift) {

		/** Every row's shift that day but {@code except}'s. */
		static List<DayShift> of(RosterSheet sheet, LocalDate day, @Nullable AgentId except) {
			List<DayShift> shifts = new ArrayList<>();
			for (RosterSheet.Member member : sheet.agents()) {
				if (member.id().equals(except)) {
					continue;
				}
				String code = sheet.cells()
					.stream()
					.filter((cell) -> cell.agent().equals(member.id()) && cell.day().equals(day))
					.map(RosterSheet.Cell::shift)
					.filter(java.util.Objects::nonNull)
					.findFirst()
					.orElse(null);
				Shift shift = code == null ? null
						: sheet.shifts().stream().filter((one) -> one.code().equals(code)).findFirst().orElse(null);
				shifts.add(new DayShift(member.username(), member.name(), shift));
			}
			return shifts;
		}

	}

}
