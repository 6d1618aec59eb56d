package io.kefu.analytics.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kefu.access.Caller;
import io.kefu.analytics.AgentFigures;
import io.kefu.analytics.FigureSettings;
import io.kefu.analytics.FigureTargets;
import io.kefu.analytics.FigureTrend;
import io.kefu.analytics.Figures;
import io.kefu.analytics.InvalidRangeException;
import io.kefu.analytics.JudgeRule;
import io.kefu.analytics.OrderFilter;
import io.kefu.analytics.ReceptionDetail;
import io.kefu.analytics.ReceptionFilter;
import io.kefu.analytics.TargetGap;
import io.kefu.analytics.TeamFigures;
import io.kefu.customer.BuyerId;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.json.JsonMapper;

/**
 * The team dashboard, an agent's own figures, and the drill-downs from every number to
 * the receptions and orders behind it.
 */
@Controller
class FigurePages {

	private final Figures figures;

	private final Shops shops;

	private final JsonMapper json;

	private final FigureWorkbook workbook;

	private final Clock clock;

	FigurePages(Figures figures, Shops shops, JsonMapper json, FigureWorkbook workbook, Clock clock) {
		this.figures = figures;
		this.shops = shops;
		this.json = json;
		this.workbook = workbook;
		this.clock = clock;
	}

	@GetMapping("/shops/{shopId}/figures")
	String team(@PathVariable long shopId, @RequestParam(defaultValue = "TODAY") FigurePeriod period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable JudgeRule judgeRule, Caller caller, Model model) {
		caller.requireShop(shopId);
		if (!caller.supervises()) {
			return "redirect:/shops/" + shopId + "/figures/mine";
		}
		Shop shop = shops.get(ShopId.of(shopId));
		LocalDate[] days = period.days(today(shop), from, to);
		Figures.Dashboard dashboard = figures.dashboard(ShopId.of(shopId), days[0], days[1], judgeRule);
		TeamFigures team = dashboard.team();
		FigureSettings settings = figures.settings(ShopId.of(shopId));
		FigureTrend trend = dashboard.trend();
		Map<AgentId, TargetGap> gaps = new LinkedHashMap<>();
		for (AgentFigures agent : team.agents()) {
			gaps.put(agent.agentId(), TargetGap.of(agent, settings.targets(), days[0], days[1]));
		}
		model.addAttribute("period", period);
		model.addAttribute("periods", FigurePeriod.values());
		model.addAttribute("rules", JudgeRule.values());
		model.addAttribute("ruleParam", judgeRule);
		model.addAttribute("figures", team);
		model.addAttribute("gaps", gaps);
		model.addAttribute("targets", settings.targets());
		model.addAttribute("teamGap", TargetGap.of(team.team(), settings.targets(), days[0], days[1]));
		model.addAttribute("trendJson",
				json.writeValueAsString(TrendChart.of(trend, settings.targets(), team.agents().size())));
		return "figures/team";
	}

	@GetMapping("/shops/{shopId}/figures.xlsx")
	ResponseEntity<byte[]> download(@PathVariable long shopId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable JudgeRule judgeRule, Caller caller) {
		caller.requireSupervisorOf(shopId);
		TeamFigures team = figures.team(ShopId.of(shopId), from, to, judgeRule);
		byte[] file = workbook.of(team);
		String name = "figures-" + from + "-" + to + ".xlsx";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(file);
	}

	/**
	 * The daily check of seed 000: yesterday against the targets, with this week and
	 * month.
	 */
	@GetMapping("/shops/{shopId}/figures/mine")
	String mine(@PathVariable long shopId, Caller caller, Model model) {
		caller.requireShop(shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		LocalDate today = today(shop);
		FigureSettings settings = figures.settings(ShopId.of(shopId));
		Map<FigurePeriod, MyRow> rows = new LinkedHashMap<>();
		for (FigurePeriod period : List.of(FigurePeriod.YESTERDAY, FigurePeriod.TODAY, FigurePeriod.WEEK,
				FigurePeriod.MONTH)) {
			LocalDate[] days = period.days(today, null, null);
			TeamFigures team = figures.team(ShopId.of(shopId), days[0], days[1], null);
			AgentFigures own = team.agents()
				.stream()
				.filter(agent -> agent.agentId().value() == caller.agentId())
				.findFirst()
				.orElse(null);
			rows.put(period,
					new MyRow(days[0], days[1], own,
							own == null ? null : TargetGap.of(own, settings.targets(), days[0], days[1]),
							team.provisionalFrom(), team.stale()));
		}
		model.addAttribute("rows", rows);
		model.addAttribute("stale", rows.values().stream().anyMatch(MyRow::stale));
		model.addAttribute("targets", settings.targets());
		model.addAttribute("monthSalesTarget", settings.targets().monthlySalesPerAgent());
		return "figures/mine";
	}

	@GetMapping("/shops/{shopId}/figures/receptions")
	String receptions(@PathVariable long shopId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable Long agent,
			@RequestParam(defaultValue = "ALL") ReceptionFilter filter,
			@RequestParam(required = false) @Nullable JudgeRule judgeRule, @RequestParam(defaultValue = "0") int page,
			Caller caller, Model model) {
		caller.requireShop(shopId);
		Long agentId = visibleAgent(caller, agent);
		Page.of(figures.receptions(ShopId.of(shopId), from, to, judgeRule, agentOf(agentId), filter), page)
			.addTo(model);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("filter", filter);
		model.addAttribute("agent", agentId);
		model.addAttribute("ruleParam", judgeRule);
		return "figures/receptions";
	}

	@GetMapping("/shops/{shopId}/figures/receptions/{agentId}/{buyerId}/{day}")
	String reception(@PathVariable long shopId, @PathVariable long agentId, @PathVariable long buyerId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) @Nullable JudgeRule judgeRule, Caller caller, Model model) {
		caller.requireShop(shopId);
		visibleAgent(caller, agentId);
		ReceptionDetail detail = figures
			.reception(ShopId.of(shopId), agentOf(agentId), buyerOf(buyerId), day, judgeRule)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("detail", detail);
		model.addAttribute("ruleParam", judgeRule);
		return "figures/reception";
	}

	@GetMapping("/shops/{shopId}/figures/orders")
	String orders(@PathVariable long shopId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable Long agent, @RequestParam OrderFilter filter,
			@RequestParam(required = false) @Nullable JudgeRule judgeRule, @RequestParam(defaultValue = "0") int page,
			Caller caller, Model model) {
		caller.requireShop(shopId);
		if (filter == OrderFilter.SILENT && !caller.supervises()) {
			throw new AccessDeniedException("Only a supervisor sees the shop's silent orders");
		}
		Long agentId = filter == OrderFilter.SILENT ? null : visibleAgent(caller, agent);
		Page.of(figures.orders(ShopId.of(shopId), from, to, judgeRule, agentOf(agentId), filter), page).addTo(model);
		model.addAttribute("agent", agentId);
		model.addAttribute("ruleParam", judgeRule);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("filter", filter);
		return "figures/orders";
	}

	/** A supervisor may look at anyone; an agent only at themselves. */
	/** An agent a page names; a number no agent can have names none there is. */
	private static @Nullable AgentId agentOf(@Nullable Long agentId) {
		if (agentId == null) {
			return null;
		}
		if (agentId <= 0) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return AgentId.of(agentId);
	}

	private static BuyerId buyerOf(long buyerId) {
		if (buyerId <= 0) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return BuyerId.of(buyerId);
	}

	private static @Nullable Long visibleAgent(Caller caller, @Nullable Long agent) {
		if (caller.supervises()) {
			return agent;
		}
		if (agent != null && agent != caller.agentId()) {
			throw new AccessDeniedException("An agent sees only their own receptions and orders");
		}
		return caller.agentId();
	}

	/**
	 * A range the figures are not computed for, on the dashboard, a drill-down or the
	 * download: the friendly page of a refused request, through the error dispatch so
	 * that it has the layout's model.
	 */
	@ExceptionHandler(InvalidRangeException.class)
	void invalidRange(InvalidRangeException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value(), ex.getMessage());
	}

	private LocalDate today(Shop shop) {
		return shop.businessDay(clock.instant());
	}

	/** A page of a drill-down: a busy month has tens of thousands of receptions. */
	public record Page<T>(List<T> lines, int page, int pages, int first, int total) {

		static final int SIZE = 200;

		static <T> Page<T> of(List<T> all, int requested) {
			int pages = Math.max(1, (all.size() + SIZE - 1) / SIZE);
			int page = Math.min(Math.max(requested, 0), pages - 1);
			int from = page * SIZE;
			return new Page<>(all.subList(from, Math.min(all.size(), from + SIZE)), page, pages, from, all.size());
		}

		void addTo(Model model) {
			model.addAttribute("lines", lines);
			model.addAttribute("page", this);
		}

	}

	/** One period of "my figures". */
	public record MyRow(LocalDate from, LocalDate to, @Nullable AgentFigures figures, @Nullable TargetGap gap,
			@Nullable LocalDate provisionalFrom, boolean stale) {
	}

	/**
	 * What the charts draw: the team by day with the targets, and receptions by hour of
	 * day. The team's sales target of a day is the monthly target per agent times the
	 * agents in the table, divided by the days of that month.
	 *
	 * @param conversionTarget the conversion target in percent; null when not set
	 * @param responseTarget the average response target in seconds; null when not set
	 * @param salesTarget the team's sales target of each day; empty when not set
	 */
	record TrendChart(List<String> days, List<Long> receptions, List<Double> conversion, List<Double> avgResponse,
			List<Double> sales, List<Long> hours, @Nullable Double conversionTarget, @Nullable Double responseTarget,
			List<Double> salesTarget) {

		static TrendChart of(FigureTrend trend, FigureTargets targets, int agents) {
			BigDecimal monthly = targets.monthlySalesPerAgent();
			List<Double> salesTarget = monthly == null ? List.of()
					: trend.days()
						.stream()
						.map(day -> monthly.multiply(BigDecimal.valueOf(agents))
							.divide(BigDecimal.valueOf(day.day().lengthOfMonth()), 2, RoundingMode.HALF_UP)
							.doubleValue())
						.toList();
			return new TrendChart(trend.days().stream().map(day -> day.day().toString()).toList(),
					trend.days().stream().map(day -> day.team().receptions()).toList(),
					trend.days().stream().map(day -> percentOrNull(day.team().inquiryConversion())).toList(),
					trend.days().stream().map(day -> day.team().avgResponseSeconds()).toList(),
					trend.days().stream().map(day -> day.team().salesAmount().doubleValue()).toList(),
					trend.receptionsByHour(), percentOrNull(targets.weeklyInquiryConversion()),
					targets.averageResponseSeconds(), salesTarget);
		}

		private static @Nullable Double percentOrNull(@Nullable Double ratio) {
			return ratio == null ? null : Math.round(ratio * 1000) / 10.0;
		}

	}

}
