package io.kefu.appraisal.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import io.kefu.access.Caller;
import io.kefu.access.Role;
import io.kefu.appraisal.AgentAppraisal;
import io.kefu.appraisal.AppraisalRules;
import io.kefu.appraisal.AppraisalStateException;
import io.kefu.appraisal.Appraisals;
import io.kefu.appraisal.MonthAppraisal;
import io.kefu.appraisal.MonthEvent;
import io.kefu.appraisal.SheetEntry;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The month's appraisal page (考核): the supervisor's and the owner's table of every agent,
 * an agent's own statement, the reward/penalty sheet and the month's approval. Every
 * action is a plain form.
 */
@Controller
class AppraisalPages {

	private final Appraisals appraisals;

	private final Shops shops;

	private final Staff staff;

	private final Clock clock;

	private final MessageSource messages;

	private final SuspectLines suspects;

	AppraisalPages(Appraisals appraisals, Shops shops, Staff staff, Clock clock, MessageSource messages,
			SuspectLines suspects) {
		this.messages = messages;
		this.suspects = suspects;
		this.appraisals = appraisals;
		this.shops = shops;
		this.staff = staff;
		this.clock = clock;
	}

	@GetMapping("/shops/{shopId}/appraisals")
	String month(@PathVariable long shopId, @RequestParam(required = false) @Nullable String month, Caller caller,
			Model model) {
		AppraisalRoles.requireReader(caller, shopId);
		boolean wholeTeam = AppraisalRoles.readsTheTeam(caller);
		Shop shop = shops.get(ShopId.of(shopId));
		YearMonth shown = month == null || month.isBlank() ? YearMonth.from(shop.businessDay(clock.instant()))
				: pageMonth(month);
		MonthAppraisal appraisal = appraisals.appraise(shop.id(), shown);
		List<AgentAppraisal> rows = AppraisalRoles.rowsReadBy(caller, appraisal);
		List<SheetEntry> sheet = appraisals.sheet(shop.id(), shown)
			.stream()
			.filter(entry -> wholeTeam || entry.agent().value() == caller.agentId())
			.toList();
		Map<AgentId, Agent> agents = AppraisalView.agentsById(staff.inShop(shop.id()));
		model.addAttribute("month", shown);
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		model.addAttribute("appraisal", appraisal);
		model.addAttribute("rows", rows);
		model.addAttribute("chart", ComponentChart.of(rows, AppraisalRules.DEFAULTS));
		model.addAttribute("sheet", sheet);
		model.addAttribute("agents", agents);
		model.addAttribute("events", wholeTeam ? appraisals.events(shop.id(), shown) : List.of());
		model.addAttribute("suspects", wholeTeam ? suspects.of(shop.id(), shown) : List.of());
		model.addAttribute("wholeTeam", wholeTeam);
		model.addAttribute("supervises", caller.supervises());
		model.addAttribute("owns", caller.has(Role.OWNER));
		model.addAttribute("appraised", rows.stream().map(row -> agents.get(row.agent())).toList());
		return "appraisal/month";
	}

	/**
	 * The month's table as {@code .xlsx}: a supervisor's or owner's of every agent, an
	 * agent's statement of their own row.
	 */
	@GetMapping("/shops/{shopId}/appraisals/{month}.xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable long shopId, @PathVariable String month, Caller caller) {
		AppraisalRoles.requireReader(caller, shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		YearMonth shown = pageMonth(month);
		MonthAppraisal appraisal = appraisals.appraise(shop.id(), shown);
		List<AgentAppraisal> rows = AppraisalRoles.rowsReadBy(caller, appraisal);
		Map<AgentId, Agent> agents = AppraisalView.agentsById(staff.inShop(shop.id()));
		byte[] file = AppraisalWorkbook.of(appraisal, rows, agents, messages, LocaleContextHolder.getLocale());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"appraisal-" + shown + ".xlsx\"")
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(file);
	}

	@PostMapping("/shops/{shopId}/appraisals/{month}/submit")
	String submit(@PathVariable long shopId, @PathVariable String month, Caller caller, RedirectAttributes redirect) {
		caller.requireSupervisorOf(shopId);
		return advance(shopId, month, MonthEvent.Action.SUBMITTED, null, caller, redirect);
	}

	@PostMapping("/shops/{shopId}/appraisals/{month}/approve")
	String approve(@PathVariable long shopId, @PathVariable String month, Caller caller, RedirectAttributes redirect) {
		AppraisalRoles.requireOwner(caller, shopId);
		return advance(shopId, month, MonthEvent.Action.APPROVED, null, caller, redirect);
	}

	@PostMapping("/shops/{shopId}/appraisals/{month}/reopen")
	String reopen(@PathVariable long shopId, @PathVariable String month, @RequestParam String reason, Caller caller,
			RedirectAttributes redirect) {
		AppraisalRoles.requireOwner(caller, shopId);
		if (reason.isBlank() || reason.length() > 500) {
			redirect.addFlashAttribute("problem", "appraisal.reopen.reasonRequired");
			return back(shopId, pageMonth(month));
		}
		return advance(shopId, month, MonthEvent.Action.REOPENED, reason.strip(), caller, redirect);
	}

	@PostMapping("/shops/{shopId}/appraisals/{month}/sheet")
	String addEntry(@PathVariable long shopId, @PathVariable String month, @RequestParam long agent,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(defaultValue = "0") BigDecimal amount, @RequestParam(defaultValue = "0") BigDecimal kpiPoints,
			@RequestParam String reason, Caller caller, RedirectAttributes redirect) {
		caller.requireSupervisorOf(shopId);
		ShopId shop = ShopId.of(shopId);
		YearMonth shown = pageMonth(month);
		boolean known = staff.inShop(shop)
			.stream()
			.anyMatch(candidate -> candidate.id().value() == agent && candidate.skillGroup() != null);
		try {
			if (!known) {
				throw new IllegalArgumentException("agent: no agent " + agent + " with a skill group");
			}
			appraisals.addSheetEntry(shop, shown, new SheetEntry(0, AgentId.of(agent), day, amount, kpiPoints,
					reason.strip(), AgentId.of(caller.agentId()), clock.instant()));
			redirect.addFlashAttribute("done", "appraisal.sheet.added");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", "appraisal.sheet.invalid");
		}
		catch (AppraisalStateException ex) {
			redirect.addFlashAttribute("problem", "appraisal.locked");
		}
		return back(shopId, shown);
	}

	private String advance(long shopId, String month, MonthEvent.Action action, @Nullable String reason, Caller caller,
			RedirectAttributes redirect) {
		YearMonth shown = pageMonth(month);
		try {
			appraisals.advance(ShopId.of(shopId), shown,
					new MonthEvent(action, AgentId.of(caller.agentId()), clock.instant(), reason));
			redirect.addFlashAttribute("done", "appraisal.done." + action.name());
		}
		catch (AppraisalStateException ex) {
			redirect.addFlashAttribute("problem", "appraisal.notNow");
		}
		return back(shopId, shown);
	}

	private static String back(long shopId, YearMonth month) {
		return "redirect:/shops/" + shopId + "/appraisals?month=" + month;
	}

	static YearMonth pageMonth(String month) {
		try {
			return AppraisalApi.monthOf(month);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

}
