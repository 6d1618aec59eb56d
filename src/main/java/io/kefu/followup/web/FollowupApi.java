package io.kefu.followup.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.kefu.access.Caller;
import io.kefu.followup.Channel;
import io.kefu.followup.DailyStart;
import io.kefu.followup.DailyStarts;
import io.kefu.followup.Followup;
import io.kefu.followup.FollowupId;
import io.kefu.followup.FollowupKind;
import io.kefu.followup.FollowupQuery;
import io.kefu.followup.FollowupScripts;
import io.kefu.followup.FollowupSequence;
import io.kefu.followup.FollowupStatus;
import io.kefu.followup.MarketingTarget;
import io.kefu.followup.Followups;
import io.kefu.followup.ReminderFigures;
import io.kefu.followup.ReminderScript;
import io.kefu.followup.TouchOutcome;
import io.kefu.followup.TouchRefusedException;
import io.kefu.followup.TouchRequest;
import io.kefu.followup.UnknownFollowupException;
import io.kefu.reception.ConversationId;
import io.kefu.reception.ConversationStatus;
import io.kefu.reception.ConversationSummary;
import io.kefu.reception.LiveChat;
import io.kefu.reception.OfflineMessage;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.jspecify.annotations.Nullable;

/**
 * Follow-ups over HTTP: the shop's settings, the task lists, a task's next touch and its
 * filled script, reassignment and the reminder figures. The pages use the same.
 */
@RestController
class FollowupApi {

	private static final int MAX_PAGE = 500;

	private final Followups followups;

	private final FollowupScripts scripts;

	private final Shops shops;

	private final Staff staff;

	private final LiveChat liveChat;

	private final Clock clock;

	private final FollowupViews views;

	private final MarketingLists marketingLists;

	private final DailyStarts dailyStarts;

	private final DeskAnswers deskAnswers;

	FollowupApi(Followups followups, FollowupScripts scripts, Shops shops, Staff staff, LiveChat liveChat, Clock clock,
			MarketingLists marketingLists, DailyStarts dailyStarts, FollowupViews views, DeskAnswers deskAnswers) {
		this.deskAnswers = deskAnswers;
		this.views = views;
		this.marketingLists = marketingLists;
		this.dailyStarts = dailyStarts;
		this.followups = followups;
		this.scripts = scripts;
		this.shops = shops;
		this.staff = staff;
		this.liveChat = liveChat;
		this.clock = clock;
	}

	@GetMapping("/api/v1/shops/{shopId}/settings/followups")
	SettingsView settings(@PathVariable long shopId, Caller caller) {
		caller.requireShop(shopId);
		return SettingsView.of(followups.settings(shopOf(shopId).id()));
	}

	@PutMapping("/api/v1/shops/{shopId}/settings/followups")
	SettingsView changeSettings(@PathVariable long shopId, @Valid @RequestBody SettingsView settings, Caller caller) {
		caller.requireSupervisorOf(shopId);
		ShopId shop = shopOf(shopId).id();
		return SettingsView.of(followups.changeSettings(shop, settings.toSettings(followups.settings(shop))));
	}

	/**
	 * The shop's follow-ups: a supervisor's of any agent (or all), an agent's their own
	 * and their group's unassigned ones. Open ones first by due time, {@code limit} of
	 * them (at most 500) after the first {@code offset}.
	 */
	@GetMapping("/api/v1/shops/{shopId}/followups")
	List<FollowupView> list(@PathVariable long shopId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
			@RequestParam(required = false) @Nullable Long agent,
			@RequestParam(required = false) @Nullable FollowupKind kind,
			@RequestParam(required = false) @Nullable FollowupStatus status,
			@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "500") int limit,
			Caller caller) {
		FollowupRoles.requireWorker(caller, shopId);
		Shop shop = shopOf(shopId);
		FollowupDays.requireSane(day);
		if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
			throw new IllegalArgumentException("offset is at least 0 and limit 1 to " + MAX_PAGE);
		}
		FollowupQuery query = FollowupQuery.ofShop(shop.id())
			.on(day)
			.ofKind(kind)
			.inStatus(status)
			.page(offset, limit)
			.workedBy(caller);
		if (caller.supervises() && agent != null) {
			query = query.of(agentOf(agent, shop).id());
		}
		else if (agent != null && agent != caller.agentId()) {
			throw new AccessDeniedException("An agent lists their own follow-ups");
		}
		return views.of(shop, followups.list(query));
	}

	@GetMapping("/api/v1/followups/{id}")
	FollowupView task(@PathVariable long id, Caller caller) {
		Followup task = taskOf(id);
		FollowupRoles.requireTask(caller, task);
		return view(task);
	}

	/**
	 * Records the next touch. {@code SENT} sends the step's script (or {@code text}) to
	 * the buyer through the caller's open live conversation with them; a buyer Kefu
	 * cannot reach is messaged in the marketplace's client and the touch recorded
	 * {@code SENT_IN_CLIENT}.
	 */
	@PostMapping("/api/v1/followups/{id}/touches")
	FollowupView touch(@PathVariable long id, @Valid @RequestBody TouchBody body, Caller caller) {
		Followup task = taskOf(id);
		FollowupRoles.requireTask(caller, task);
		Instant now = clock.instant();
		Shop shop = shops.get(task.shopId());
		TouchRequest request = new TouchRequest(body.channel(), body.outcome(), body.reason(), body.note());
		AgentId agent = AgentId.of(caller.agentId());
		FollowupSequence.of(task.kind(), followups.settings(shop.id()), shop.timeZone())
			.touch(task, request, agent, now);
		if (body.outcome() == TouchOutcome.SENT) {
			sendThroughLiveChat(task, body.text(), caller, now);
		}
		Followup touched = followups.touch(task.id(), request, agent, now);
		deskAnswers.touched(caller, touched);
		return view(touched);
	}

	/** The script of a step (the next one when none is given), filled for the task. */
	@GetMapping("/api/v1/followups/{id}/script")
	ReminderScript script(@PathVariable long id, @RequestParam(required = false) @Nullable Integer step,
			Caller caller) {
		Followup task = taskOf(id);
		FollowupRoles.requireTask(caller, task);
		int touches = FollowupSequence.touchesOf(task.kind());
		int wanted = step != null ? step : Math.min(task.step() + 1, touches);
		return scripts.script(task, wanted, caller.displayName(), clock.instant());
	}

	/** A supervisor hands an open task to an agent of the shop, or back to the group. */
	@PutMapping("/api/v1/followups/{id}/agent")
	FollowupView assign(@PathVariable long id, @RequestBody AssignBody body, Caller caller) {
		Followup task = taskOf(id);
		caller.requireSupervisorOf(task.shopId().value());
		Shop shop = shops.get(task.shopId());
		AgentId agent = body.agent() == null ? null : worker(agentOf(body.agent(), shop), task).id();
		return view(followups.assign(task.id(), agent));
	}

	/**
	 * 催付成功率 and 挽回金额 per agent and business day of the first touch: a supervisor's of
	 * everyone, an agent's their own.
	 */
	@GetMapping("/api/v1/shops/{shopId}/followups/figures")
	List<ReminderFigures> figures(@PathVariable long shopId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Caller caller) {
		FollowupRoles.requireWorker(caller, shopId);
		FollowupDays.requireSane(from, to);
		if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
			throw new IllegalArgumentException("The period runs forward and spans at most a year");
		}
		List<ReminderFigures> all = followups.reminderFigures(shopOf(shopId).id(), from, to);
		if (caller.supervises()) {
			return all;
		}
		return all.stream().filter(row -> row.agentId().value() == caller.agentId()).toList();
	}

	/**
	 * 二次营销: the shop's past buyers by segment (docs/followups.md), who paid last first.
	 * Agents and supervisors of the shop.
	 */
	@GetMapping("/api/v1/shops/{shopId}/followups/marketing")
	List<MarketingTarget> marketing(@PathVariable long shopId, @RequestParam(required = false) @Nullable Long product,
			@RequestParam(defaultValue = "1") int minOrders,
			@RequestParam(required = false) @Nullable Integer inactiveDays,
			@RequestParam(defaultValue = "false") boolean positiveReviewers, Caller caller) {
		FollowupRoles.requireWorker(caller, shopId);
		return marketingLists.of(shopOf(shopId), product, minOrders, inactiveDays, positiveReviewers);
	}

	/**
	 * The caller's daily start (每日开工) as the page shows it: an agent's own figures and
	 * tasks with the group's, a supervisor's the team's.
	 */
	@GetMapping("/api/v1/shops/{shopId}/today")
	TodayView today(@PathVariable long shopId, Caller caller) {
		FollowupRoles.requireWorker(caller, shopId);
		Shop shop = shopOf(shopId);
		DailyStart start = dailyStarts.of(caller, shop.id());
		return new TodayView(start.today(), start.yesterday(), start.leftovers(), start.headline(),
				start.abnormalOrders(), start.unpaid(), views.of(shop, start.dueNow()),
				views.of(shop, start.inquiries()), views.of(shop, start.afterSales()));
	}

	/** The daily start with its tasks as the follow-up lists show them. */
	record TodayView(LocalDate today, LocalDate yesterday, List<OfflineMessage> leftovers, DailyStart.Headline headline,
			List<DailyStart.AbnormalOrder> abnormalOrders, DailyStart.Unpaid unpaid, List<FollowupView> dueNow,
			List<FollowupView> inquiries, List<FollowupView> afterSales) {
	}

	@ExceptionHandler(TouchRefusedException.class)
	ProblemDetail refused(TouchRefusedException ex) {
		HttpStatus status = ex.refusal().requestFault() ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setProperty("refusal", ex.refusal());
		return problem;
	}

	@ExceptionHandler(UnknownFollowupException.class)
	ProblemDetail unknown(UnknownFollowupException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(BuyerNotReachableException.class)
	ProblemDetail notReachable(BuyerNotReachableException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setProperty("refusal", "NOT_REACHABLE");
		return problem;
	}

	private void sendThroughLiveChat(Followup task, @Nullable String text, Caller caller, Instant now) {
		ConversationSummary open = liveChat.buyerConversations(caller, task.shopId(), task.buyerId())
			.stream()
			.filter(c -> c.status() != ConversationStatus.CLOSED && c.agentId() != null
					&& c.agentId() == caller.agentId())
			.findFirst()
			.orElseThrow(() -> new BuyerNotReachableException(task));
		String content = text != null && !text.isBlank() ? text
				: scripts.script(task, task.step() + 1, caller.displayName(), now).text();
		liveChat.reply(caller, ConversationId.of(open.id()), "followup-" + task.id() + "-" + (task.step() + 1),
				content);
	}

	private FollowupView view(Followup task) {
		Shop shop = shops.get(task.shopId());
		return views.of(shop, List.of(task)).get(0);
	}

	private static Agent worker(Agent agent, Followup task) {
		if (!FollowupRoles.mayBeGiven(agent, task)) {
			throw new IllegalArgumentException(
					agent.displayName() + " does not work follow-ups of " + task.group() + " and cannot be given one");
		}
		return agent;
	}

	private Followup taskOf(long id) {
		if (id <= 0) {
			throw new UnknownFollowupException(new FollowupId(id));
		}
		return followups.find(FollowupId.of(id)).orElseThrow(() -> new UnknownFollowupException(FollowupId.of(id)));
	}

	private Shop shopOf(long shopId) {
		return shops.get(ShopId.of(shopId));
	}

	private Agent agentOf(long agentId, Shop shop) {
		return staff.inShop(shop.id())
			.stream()
			.filter(agent -> agent.id().value() == agentId)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Shop " + shop.id() + " has no agent " + agentId));
	}

	/** A touch as the agent records it; {@code text} replaces the script when sent. */
	record TouchBody(@NotNull @Nullable Channel channel, @NotNull @Nullable TouchOutcome outcome,
			@Size(max = 20) @Nullable String reason, @Size(max = 500) @Nullable String note,
			@Size(max = 1000) @Nullable String text) {
	}

	record AssignBody(@Nullable Long agent) {
	}

	/** The buyer has no open live conversation with the caller to send the message in. */
	static class BuyerNotReachableException extends RuntimeException {

		BuyerNotReachableException(Followup task) {
			super("Buyer " + task.buyerNick() + " has no open conversation with you in Kefu: send the message in the "
					+ "marketplace's client and record it as SENT_IN_CLIENT");
		}

	}

}
