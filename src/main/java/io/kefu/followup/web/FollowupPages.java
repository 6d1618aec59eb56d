package io.kefu.followup.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.kefu.access.Caller;
import io.kefu.access.Role;
import io.kefu.followup.DailyStart;
import io.kefu.followup.DailyStarts;
import io.kefu.followup.Followup;
import io.kefu.followup.FollowupId;
import io.kefu.followup.FollowupKind;
import io.kefu.followup.FollowupQuery;
import io.kefu.followup.FollowupScripts;
import io.kefu.followup.FollowupSettings;
import io.kefu.followup.FollowupStatus;
import io.kefu.followup.Followups;
import io.kefu.followup.FollowupSequence;
import io.kefu.followup.TouchOutcome;
import io.kefu.followup.TouchRefusedException;
import io.kefu.followup.TouchRequest;
import io.kefu.reception.ShiftNotes;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.jspecify.annotations.Nullable;

/**
 * The daily start (每日开工) and the follow-up list (跟进) where reminders are worked: each
 * open task shows its next step's script, ready to copy, and a form recording the touch.
 * Plain forms: every action works without JavaScript.
 */
@Controller
class FollowupPages {

	/** The list's tabs by kind: each outcome, and every task. */
	private static final int MAX_NOTE = 500;

	/** The most lines a register holds. */
	private static final int REGISTER_LIMIT = 50_000;

	/** An inquiry's line reads its transcript: a register of inquiries holds fewer. */
	private static final int INQUIRY_REGISTER_LIMIT = 5_000;

	private static final Map<FollowupKind, List<String>> STATUSES = statuses();

	/** Tasks on a page of the list. */
	private static final int PAGE = 100;

	private static final int MAX_PAGES = 10_000;

	private final DailyStarts dailyStarts;

	private final Followups followups;

	private final FollowupScripts scripts;

	private final Shops shops;

	private final Staff staff;

	private final Clock clock;

	private final ShiftNotes shiftNotes;

	private final FollowupViews views;

	private final UnpaidRegister unpaidRegister;

	private final InquiryRegister inquiryRegister;

	private final DeskAnswers deskAnswers;

	FollowupPages(DailyStarts dailyStarts, Followups followups, FollowupScripts scripts, Shops shops, Staff staff,
			Clock clock, UnpaidRegister unpaidRegister, InquiryRegister inquiryRegister, FollowupViews views,
			DeskAnswers deskAnswers, ShiftNotes shiftNotes) {
		this.deskAnswers = deskAnswers;
		this.views = views;
		this.unpaidRegister = unpaidRegister;
		this.inquiryRegister = inquiryRegister;
		this.dailyStarts = dailyStarts;
		this.followups = followups;
		this.scripts = scripts;
		this.shops = shops;
		this.staff = staff;
		this.clock = clock;
		this.shiftNotes = shiftNotes;
	}

	@GetMapping("/shops/{shopId}/today")
	String today(@PathVariable long shopId, Caller caller, Model model) {
		FollowupRoles.requireWorker(caller, shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		DailyStart start = dailyStarts.of(caller, shop.id());
		model.addAttribute("start", start);
		model.addAttribute("due", views.of(shop, start.dueNow()));
		model.addAttribute("afterSales", views.of(shop, start.afterSales()));
		model.addAttribute("afterSalesDesk", caller.supervises() || caller.has(Role.AFTER_SALES));
		model.addAttribute("team", caller.supervises());
		return "followup/today";
	}

	@GetMapping("/shops/{shopId}/followups")
	String list(@PathVariable long shopId, @RequestParam(defaultValue = "PAYMENT_REMINDER") FollowupKind kind,
			@RequestParam(defaultValue = "OPEN") String status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
			@RequestParam(required = false) @Nullable Long open, @RequestParam(defaultValue = "0") int page,
			Caller caller, Model model) {
		FollowupRoles.requireWorker(caller, shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		List<String> statuses = STATUSES.get(kind);
		FollowupDays.requireSane(day);
		if (page < 0 || page > MAX_PAGES) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No page " + page);
		}
		if (statuses == null || !statuses.contains(status)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No " + kind + " status " + status);
		}
		FollowupStatus wanted = "ALL".equals(status) ? null : FollowupStatus.valueOf(status);
		FollowupQuery query = FollowupQuery.ofShop(shop.id())
			.ofKind(kind)
			.inStatus(wanted)
			.on(day)
			.page(page * PAGE, PAGE + 1)
			.workedBy(caller);
		List<Followup> found = followups.list(query);
		List<Followup> tasks = found.subList(0, Math.min(PAGE, found.size()));
		model.addAttribute("page", page);
		model.addAttribute("hasNext", found.size() > PAGE);
		model.addAttribute("rows", views.of(shop, tasks));
		model.addAttribute("status", status);
		model.addAttribute("statuses", statuses);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", STATUSES.keySet());
		model.addAttribute("day", day);
		LocalDate today = shop.businessDay(clock.instant());
		model.addAttribute("registerFrom", today.minusDays(6));
		model.addAttribute("registerTo", today);
		FollowupSettings settings = followups.settings(shop.id());
		model.addAttribute("settings", settings);
		model.addAttribute("outcomes", TouchOutcome.values());
		model.addAttribute("agents", caller.supervises() ? givable(shop, kind) : List.of());
		if (open != null && open > 0) {
			followups.find(FollowupId.of(open))
				.filter(task -> task.shopId().equals(shop.id()) && task.kind() == kind && mayWork(caller, task))
				.ifPresent(task -> {
					model.addAttribute("openId", open);
					int touches = FollowupSequence.touchesOf(task.kind());
					if (task.status().isOpen() && task.step() < touches) {
						model.addAttribute("script",
								scripts.script(task, task.step() + 1, caller.displayName(), clock.instant()));
					}
				});
		}
		return "followup/list";
	}

	/**
	 * 未付款明细表 of the days from and to, as {@code .xlsx}: a supervisor's of every agent, an
	 * agent's of their own and the group's reminders.
	 */
	@GetMapping("/shops/{shopId}/followups/unpaid.xlsx")
	ResponseEntity<byte[]> unpaidRegister(@PathVariable long shopId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Caller caller) {
		FollowupRoles.requireWorker(caller, shopId);
		requirePeriod(from, to);
		Shop shop = shops.get(ShopId.of(shopId));
		FollowupQuery query = registerQuery(caller, shop, FollowupKind.PAYMENT_REMINDER, from, to)
			.atMost(REGISTER_LIMIT);
		byte[] file = unpaidRegister.of(shop, views.of(shop, followups.list(query)));
		return xlsx(file, "unpaid-" + from + "-" + to + ".xlsx");
	}

	private static Map<FollowupKind, List<String>> statuses() {
		Map<FollowupKind, List<String>> statuses = new EnumMap<>(FollowupKind.class);
		statuses.put(FollowupKind.PAYMENT_REMINDER, List.of("OPEN", "UNPAID", "SUCCEEDED", "PAID", "CANCELLED", "ALL"));
		statuses.put(FollowupKind.INQUIRY, List.of("OPEN", "DONE", "SUCCEEDED", "ORDERED", "ALL"));
		statuses.put(FollowupKind.REVIEW_REMINDER, List.of("OPEN", "DONE", "CANCELLED", "ALL"));
		statuses.put(FollowupKind.AFTER_SALES_VISIT, List.of("OPEN", "DONE", "ALL"));
		statuses.put(FollowupKind.OFFLINE_MESSAGE, List.of("OPEN", "DONE", "ALL"));
		return Collections.unmodifiableMap(statuses);
	}

	/**
	 * A register's lines: a supervisor's of every agent, an agent's of their own and the
	 * group's.
	 */
	private static FollowupQuery registerQuery(Caller caller, Shop shop, FollowupKind kind, LocalDate from,
			LocalDate to) {
		return FollowupQuery.ofShop(shop.id()).ofKind(kind).between(from, to).workedBy(caller);
	}

	private static void requirePeriod(LocalDate from, LocalDate to) {
		FollowupDays.requireSane(from, to);
		if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"The period runs forward and spans at most a year");
		}
	}

	private static ResponseEntity<byte[]> xlsx(byte[] file, String name) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(file);
	}

	/**
	 * 询盘明细表 of the days from and to, as {@code .xlsx}: the inquiries that did not order,
	 * a supervisor's of every agent, an agent's of their own.
	 */
	@GetMapping("/shops/{shopId}/followups/inquiries.xlsx")
	ResponseEntity<byte[]> inquiryRegister(@PathVariable long shopId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Caller caller) {
		FollowupRoles.requireWorker(caller, shopId);
		requirePeriod(from, to);
		Shop shop = shops.get(ShopId.of(shopId));
		List<Followup> tasks = followups
			.list(registerQuery(caller, shop, FollowupKind.INQUIRY, from, to).atMost(INQUIRY_REGISTER_LIMIT));
		Map<Long, Followup> byId = tasks.stream()
			.collect(Collectors.toMap(task -> task.id().value(), task -> task, (a, b) -> a));
		byte[] file = inquiryRegister.of(shop, views.of(shop, tasks), id -> scripts.questions(byId.get(id)));
		return xlsx(file, "inquiries-" + from + "-" + to + ".xlsx");
	}

	@PostMapping("/shops/{shopId}/followups/{id}/touches")
	String touch(@PathVariable long shopId, @PathVariable long id, @RequestParam TouchOutcome outcome,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String note, Caller caller, RedirectAttributes redirect) {
		Followup task = taskOf(shopId, id);
		FollowupRoles.requireTask(caller, task);
		// the page sends nothing itself: a message is sent in Qianniu and recorded as
		// such
		boolean tooLong = (note != null && note.length() > MAX_NOTE) || (reason != null && reason.length() > MAX_NOTE);
		if (outcome == TouchOutcome.SENT || tooLong) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"A page records messages sent in the client, with a note of at most " + MAX_NOTE + " characters");
		}
		try {
			Followup touched = followups.touch(task.id(), new TouchRequest(outcome.channel(), outcome, reason, note),
					AgentId.of(caller.agentId()), clock.instant());
			deskAnswers.touched(caller, touched);
			redirect.addFlashAttribute(task.orderNo() == null ? "touchedBuyer" : "touched",
					task.orderNo() == null ? task.buyerNick() : task.orderNo().value());
		}
		catch (TouchRefusedException ex) {
			redirect.addFlashAttribute("refusal", ex.refusal().name());
			redirect.addFlashAttribute("refusalDetail", ex.getMessage());
		}
		return "redirect:/shops/" + shopId + "/followups?kind=" + task.kind() + "&open=" + id;
	}

	@PostMapping("/shops/{shopId}/followups/{id}/agent")
	String assign(@PathVariable long shopId, @PathVariable long id,
			@RequestParam(required = false) @Nullable Long agent, Caller caller, RedirectAttributes redirect) {
		caller.requireSupervisorOf(shopId);
		Followup task = taskOf(shopId, id);
		Shop shop = shops.get(task.shopId());
		AgentId to = agent == null ? null
				: staff.inShop(shop.id())
					.stream()
					.filter(candidate -> candidate.id().value() == agent && FollowupRoles.mayBeGiven(candidate, task))
					.map(Agent::id)
					.findFirst()
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
							"Shop " + shopId + " has no agent " + agent + " who works this follow-up"));
		try {
			followups.assign(task.id(), to);
			redirect.addFlashAttribute(task.orderNo() == null ? "assignedBuyer" : "assigned",
					task.orderNo() == null ? task.buyerNick() : task.orderNo().value());
		}
		catch (TouchRefusedException ex) {
			redirect.addFlashAttribute("refusal", ex.refusal().name());
		}
		return "redirect:/shops/" + shopId + "/followups?kind=" + task.kind() + "&open=" + id;
	}

	/**
	 * Who a supervisor may hand the kind's tasks to: supervisors and the agents of its
	 * group (both groups' for offline messages, whose group varies; the hand-over checks
	 * it).
	 */
	private List<Agent> givable(Shop shop, FollowupKind kind) {
		return staff.inShop(shop.id())
			.stream()
			.filter(Agent::canSignIn)
			.filter(agent -> agent.roles().contains(Role.SUPERVISOR) || switch (kind) {
				case PAYMENT_REMINDER, INQUIRY, SECOND_MARKETING -> agent.roles().contains(Role.PRE_SALES);
				case REVIEW_REMINDER, AFTER_SALES_VISIT -> agent.roles().contains(Role.AFTER_SALES);
				case OFFLINE_MESSAGE ->
					agent.roles().contains(Role.PRE_SALES) || agent.roles().contains(Role.AFTER_SALES);
			})
			.toList();
	}

	private static boolean mayWork(Caller caller, Followup task) {
		try {
			FollowupRoles.requireTask(caller, task);
			return true;
		}
		catch (AccessDeniedException ex) {
			return false;
		}
	}

	private Followup taskOf(long shopId, long id) {
		if (id <= 0) {
			throw new FollowupNotFoundException(shopId, id);
		}
		return followups.find(FollowupId.of(id))
			.filter(task -> task.shopId().value() == shopId)
			.orElseThrow(() -> new FollowupNotFoundException(shopId, id));
	}

}
