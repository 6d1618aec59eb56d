package io.kefu.quality.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kefu.access.Caller;
import io.kefu.customer.Buyers;
import io.kefu.quality.BuyerFeedback;
import io.kefu.quality.BuyerFeedbacks;
import io.kefu.quality.Inspections;
import io.kefu.quality.QualitySummary;
import io.kefu.quality.Rule;
import io.kefu.quality.StoredInspection;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The quality page (质检): a period's summary per agent and for the team, the average score
 * by day, and the inspected receptions with the lowest scores first, each opening its
 * review. An agent sees only their own.
 */
@Controller
class QualityPages {

	/** Rows of the list on one page. */
	static final int PAGE = 100;

	private final Inspections inspections;

	private final BuyerFeedbacks feedback;

	private final Shops shops;

	private final Staff staff;

	private final Buyers buyers;

	private final Clock clock;

	QualityPages(Inspections inspections, BuyerFeedbacks feedback, Shops shops, Staff staff, Buyers buyers,
			Clock clock) {
		this.inspections = inspections;
		this.feedback = feedback;
		this.shops = shops;
		this.staff = staff;
		this.buyers = buyers;
		this.clock = clock;
	}

	@GetMapping("/shops/{shopId}/quality")
	String overview(@PathVariable long shopId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Long agent, @RequestParam(required = false) @Nullable Rule rule,
			@RequestParam(defaultValue = "false") boolean disputed, @RequestParam(defaultValue = "0") int page,
			Caller caller, Model model) {
		caller.requireShop(shopId);
		if (!caller.supervises() && agent != null && agent != caller.agentId()) {
			throw new AccessDeniedException("An agent sees only their own inspections");
		}
		Long agentId = caller.supervises() ? agent : Long.valueOf(caller.agentId());
		LocalDate today = shops.get(ShopId.of(shopId)).businessDay(clock.instant());
		requireCalendarDay("from", from);
		requireCalendarDay("to", to);
		LocalDate first = from != null ? from : today.withDayOfMonth(1);
		LocalDate last = to != null && !to.isBefore(first) ? to : (from != null ? first : today);
		if (first.plusDays(366).isBefore(last)) {
			last = first.plusDays(366);
		}
		List<StoredInspection> found = inspections.between(ShopId.of(shopId), first, last, agent(agentId));
		Map<AgentId, String> agents = agentNames(shopId);
		Map<Long, String> nicks = buyers.nicks(ShopId.of(shopId),
				found.stream().map(inspection -> inspection.reception().buyerId().value()).distinct().toList());
		List<InspectionRow> rows = InspectionRow.of(found, rule, disputed, agents, nicks);
		int pages = Math.max(1, (rows.size() + PAGE - 1) / PAGE);
		int shown = Math.min(Math.max(page, 0), pages - 1);
		model.addAttribute("from", first);
		model.addAttribute("to", last);
		model.addAttribute("agent", agentId);
		model.addAttribute("rule", rule);
		model.addAttribute("disputed", disputed);
		model.addAttribute("rules", Rule.values());
		model.addAttribute("agents", agents);
		model.addAttribute("summary", QualitySummary.of(found));
		model.addAttribute("lowRatings", lowRatingsByAgent(shopId, first, last, agentId));
		model.addAttribute("total", rows.size());
		model.addAttribute("page", shown);
		model.addAttribute("pages", pages);
		model.addAttribute("rows", rows.subList(shown * PAGE, Math.min(rows.size(), (shown + 1) * PAGE)));
		return "quality/overview";
	}

	private Map<Long, Integer> lowRatingsByAgent(long shopId, LocalDate from, LocalDate to, @Nullable Long agentId) {
		Map<Long, Integer> low = new HashMap<>();
		for (BuyerFeedback each : feedback.lowRatings(ShopId.of(shopId), from, to, agent(agentId))) {
			low.merge(each.agentId().value(), 1, Integer::sum);
			low.merge(0L, 1, Integer::sum);
		}
		return low;
	}

	private Map<AgentId, String> agentNames(long shopId) {
		Map<AgentId, String> names = new HashMap<>();
		staff.inShop(ShopId.of(shopId)).forEach(agent -> names.put(agent.id(), agent.displayName()));
		return names;
	}

	private static @Nullable AgentId agent(@Nullable Long agentId) {
		return agentId == null ? null : AgentId.of(agentId);
	}

	/** Days the inspections can hold; beyond them the period's arithmetic overflows. */
	private static void requireCalendarDay(String field, @Nullable LocalDate day) {
		if (day != null && (day.getYear() < 2000 || day.getYear() > 2099)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, field + ": a day from 2000 to 2099, not " + day);
		}
	}

}
