package io.kefu.workforce.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.kefu.access.Caller;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.workforce.RosterSettings;
import io.kefu.workforce.RosterSheet;
import io.kefu.workforce.RosterStateException;
import io.kefu.workforce.RosterViolation;
import io.kefu.workforce.RosterWeights;
import io.kefu.workforce.Rosters;
import io.kefu.workforce.Shift;
import io.kefu.workforce.ShiftGroup;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monthly roster over HTTP: supervisors solve, pin and publish the draft and read it
 * with its score; everyone in the shop reads the published roster.
 */
@RestController
class RosterApi {

	private final Rosters rosters;

	private final RosterSettings.Store settings;

	private final Shops shops;

	RosterApi(Rosters rosters, RosterSettings.Store settings, Shops shops) {
		this.rosters = rosters;
		this.settings = settings;
		this.shops = shops;
	}

	@GetMapping("/api/v1/shops/{shopId}/rosters/{month}")
	RosterView roster(@PathVariable long shopId, @PathVariable String month, Caller caller) {
		caller.requireShop(shopId);
		ShopId shop = shops.get(ShopId.of(shopId)).id();
		YearMonth yearMonth = monthOf(month);
		RosterSheet sheet = RosterRoles.readsDraft(caller, shopId) ? rosters.draft(shop, yearMonth)
				: rosters.published(shop, yearMonth);
		return RosterView.of(sheet);
	}

	@PostMapping("/api/v1/shops/{shopId}/rosters/{month}/solve")
	ResponseEntity<SolveView> solve(@PathVariable long shopId, @PathVariable String month,
			@RequestBody(required = false) @Nullable SolveBody body, Caller caller) {
		caller.requireSupervisorOf(shopId);
		ShopId shop = shops.get(ShopId.of(shopId)).id();
		YearMonth yearMonth = monthOf(month);
		int seconds = body == null || body.seconds() == null ? settings.of(shop).solveSeconds() : body.seconds();
		if (seconds < RosterSettings.MIN_SECONDS || seconds > RosterSettings.MAX_SECONDS) {
			throw new IllegalArgumentException("seconds: from " + RosterSettings.MIN_SECONDS + " to "
					+ RosterSettings.MAX_SECONDS + ", not " + seconds);
		}
		RosterSheet.Solving solving = rosters.solve(shop, yearMonth, Duration.ofSeconds(seconds),
				AgentId.of(caller.agentId()));
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(new SolveView(yearMonth.toString(), "SOLVING", solving.since(), solving.until(),
					"/api/v1/shops/" + shopId + "/rosters/" + yearMonth));
	}

	@DeleteMapping("/api/v1/shops/{shopId}/rosters/{month}/solve")
	ResponseEntity<Void> stop(@PathVariable long shopId, @PathVariable String month, Caller caller) {
		caller.requireSupervisorOf(shopId);
		rosters.stop(shops.get(ShopId.of(shopId)).id(), monthOf(month));
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/api/v1/shops/{shopId}/rosters/{month}/assignments")
	RosterView pin(@PathVariable long shopId, @PathVariable String month, @RequestBody List<@Nullable CellBody> cells,
			Caller caller) {
		caller.requireSupervisorOf(shopId);
		if (cells.isEmpty() || cells.size() > 5000) {
			throw new IllegalArgumentException("assignments: from 1 to 5000 cells, not " + cells.size());
		}
		List<Rosters.CellChange> changes = new java.util.ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			if (cells.get(i) == null) {
				throw new IllegalArgumentException("[" + i + "]: a cell {agent, date, shift}, not null");
			}
			changes.add(cells.get(i).change());
		}
		return RosterView
			.of(rosters.pin(shops.get(ShopId.of(shopId)).id(), monthOf(month), changes, AgentId.of(caller.agentId())));
	}

	@PostMapping("/api/v1/shops/{shopId}/rosters/{month}/publish")
	RosterView publish(@PathVariable long shopId, @PathVariable String month, Caller caller) {
		caller.requireSupervisorOf(shopId);
		return RosterView
			.of(rosters.publish(shops.get(ShopId.of(shopId)).id(), monthOf(month), AgentId.of(caller.agentId())));
	}

	@GetMapping("/api/v1/shops/{shopId}/settings/roster")
	SettingsBody settings(@PathVariable long shopId, Caller caller) {
		caller.requireShop(shopId);
		return SettingsBody.of(settings.of(shops.get(ShopId.of(shopId)).id()));
	}

	@PutMapping("/api/v1/shops/{shopId}/settings/roster")
	SettingsBody saveSettings(@PathVariable long shopId, @RequestBody SettingsBody body, Caller caller) {
		caller.requireSupervisorOf(shopId);
		ShopId shop = shops.get(ShopId.of(shopId)).id();
		return SettingsBody.of(settings.save(shop, body.settings(), AgentId.of(caller.agentId())));
	}

	@ExceptionHandler(RosterStateException.class)
	ProblemDetail conflict(RosterStateException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	static YearMonth monthOf(String month) {
		try {
			YearMonth parsed = YearMonth.parse(month);
			if (parsed.getYear() < 2000 || parsed.getYear() > 2999) {
				throw new IllegalArgumentException("month: a month of the years 2000–2999, not " + month);
			}
			return parsed;
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("month: a month as yyyy-MM, not '" + month + "'");
		}
	}

	/** The roster settings; a field left out takes its default. */
	record SettingsBody(@Nullable List<@Nullable ShiftView> shifts, @Nullable Integer daysOff,
			@Nullable Integer solveSeconds, @Nullable WeightsBody weights) {

		static SettingsBody of(RosterSettings settings) {
			return new SettingsBody(settings.shifts().stream().map(ShiftView::of).toList(), settings.daysOff(),
					settings.solveSeconds(), WeightsBody.of(settings.weights()));
		}

		RosterSettings settings() {
			RosterSettings defaults = RosterSettings.DEFAULTS;
			List<Shift> kept = defaults.shifts();
			if (shifts != null) {
				kept = new java.util.ArrayList<>();
				for (int i = 0; i < shifts.size(); i++) {
					kept.add(shift(shifts.get(i), i));
				}
			}
			return new RosterSettings(kept, daysOff == null ? defaults.daysOff() : daysOff,
					solveSeconds == null ? defaults.solveSeconds() : solveSeconds,
					weights == null ? defaults.weights() : weights.weights());
		}

		private static Shift shift(@Nullable ShiftView shift, int i) {
			if (shift == null) {
				throw new IllegalArgumentException("shifts[" + i + "]: a shift {code, name, start, end, group}");
			}
			if (shift.code() == null || shift.name() == null || shift.start() == null || shift.end() == null) {
				throw new IllegalArgumentException("shifts[" + i + "]: code, name, start and end are required");
			}
			return new Shift(shift.code(), shift.name(), shift.start(), shift.end(),
					shift.group() == null ? ShiftGroup.BOTH : shift.group());
		}

	}

	/**
	 * The soft rules' weights, each 0 to {@link RosterWeights#MAX}; one left out weighs
	 * 1.
	 */
	record WeightsBody(@Nullable Integer hoursBalance, @Nullable Integer lastMonth, @Nullable Integer requestedOff,
			@Nullable Integer weekends) {

		static WeightsBody of(RosterWeights weights) {
			return new WeightsBody(weights.hoursBalance(), weights.lastMonth(), weights.requestedOff(),
					weights.weekends());
		}

		RosterWeights weights() {
			return new RosterWeights(orOne(hoursBalance), orOne(lastMonth), orOne(requestedOff), orOne(weekends));
		}

		private static int orOne(@Nullable Integer weight) {
			return weight == null ? 1 : weight;
		}

	}

	/** How long to solve; the shop's setting when left out. */
	record SolveBody(@Nullable Integer seconds) {
	}

	/** The answer to 排班: the job, and where to watch it. */
	record SolveView(String month, String status, Instant since, Instant until, String roster) {
	}

	/** A cell set by hand: {@code shift} null is a day off; pinned unless told. */
	record CellBody(@Nullable String agent, @Nullable LocalDate date, @Nullable String shift,
			@Nullable Boolean pinned) {

		Rosters.CellChange change() {
			if (agent == null || agent.isBlank()) {
				throw new IllegalArgumentException("agent: required (the agent's username)");
			}
			if (date == null) {
				throw new IllegalArgumentException("date: required (yyyy-MM-dd)");
			}
			return new Rosters.CellChange(agent, date, shift == null || shift.isBlank() ? null : shift,
					pinned == null || pinned);
		}

	}

	/** The roster as the API and the page read it. */
	record RosterView(String month, RosterSheet.Status status, @Nullable String score, @Nullable Progress solving,
			@Nullable Instant publishedAt, List<ShiftView> shifts, List<AgentView> agents,
			List<AssignmentView> assignments, List<ViolationView> violations) {

		static RosterView of(RosterSheet sheet) {
			Map<AgentId, RosterSheet.Member> members = sheet.agents()
				.stream()
				.collect(Collectors.toMap(RosterSheet.Member::id, Function.identity()));
			RosterSheet.Solving solving = sheet.solving();
			return new RosterView(sheet.month().toString(), sheet.status(), sheet.score(),
					solving == null ? null : new Progress(solving.since(), solving.until(), solving.bestScore()),
					sheet.publishedAt(), sheet.shifts().stream().map(ShiftView::of).toList(),
					sheet.agents()
						.stream()
						.map((member) -> new AgentView(member.username(), member.name(), member.group(),
								member.trainee()))
						.toList(),
					sheet.cells()
						.stream()
						.map((cell) -> new AssignmentView(members.get(cell.agent()).username(), cell.day(),
								cell.shift(), cell.pinned()))
						.toList(),
					sheet.violations().stream().map(ViolationView::of).toList());
		}

	}

	record Progress(Instant since, Instant until, @Nullable String bestScore) {
	}

	record ShiftView(@Nullable String code, @Nullable String name, @Nullable LocalTime start, @Nullable LocalTime end,
			@Nullable ShiftGroup group) {

		static ShiftView of(Shift shift) {
			return new ShiftView(shift.code(), shift.name(), shift.start(), shift.end(), shift.group());
		}

	}

	record AgentView(String username, String name, ShiftGroup group, boolean trainee) {
	}

	record AssignmentView(String agent, LocalDate date, @Nullable String shift, boolean pinned) {
	}

	record ViolationView(String constraint, RosterViolation.Level level, @Nullable String agent,
			@Nullable LocalDate date, @Nullable LocalTime time, long penalty) {

		static ViolationView of(RosterViolation violation) {
			return new ViolationView(violation.constraint(), violation.level(), violation.agent(), violation.day(),
					violation.time(), violation.penalty());
		}

	}

}
