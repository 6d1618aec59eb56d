package io.kefu.workforce.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.workforce.Assignment;
import io.kefu.workforce.HalfHourNeed;
import io.kefu.workforce.Roster;
import io.kefu.workforce.RosterStateException;
import io.kefu.workforce.RosterCheck;
import io.kefu.workforce.RosterSettings;
import io.kefu.workforce.RosterSheet;
import io.kefu.workforce.RosterViolation;
import io.kefu.workforce.Rosters;
import io.kefu.workforce.Shift;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The rosters: reads the draft and the published copy, runs solves in the background and
 * writes their result, pins and publishes. The solve's state lives in the database (the
 * row's solve columns), so every node reports it; only stopping a solve early needs the
 * node that runs it.
 */
@Service
class RosterDesk implements Rosters {

	private static final Logger log = LoggerFactory.getLogger(RosterDesk.class);

	/** How often a solve writes its best score for the page's progress. */
	private static final Duration PROGRESS_EVERY = Duration.ofMillis(500);

	/**
	 * How long a month's need is reused: it is read from weeks of history, and the page
	 * asks for the draft after every pin; short, so that an import shows soon.
	 */
	private static final Duration NEED_KEPT = Duration.ofMinutes(1);

	private final RosterStore store;

	private final RosterProblems problems;

	private final RosterMembers members;

	private final RosterSettings.Store settings;

	private final SolverManager<Roster, UUID> solverManager;

	private final RosterCheck check;

	private final Clock clock;

	private final Map<MonthKey, UUID> running = new ConcurrentHashMap<>();

	private final Map<UUID, Instant> lastProgress = new ConcurrentHashMap<>();

	private final Map<MonthKey, KeptNeed> needs = new ConcurrentHashMap<>();

	RosterDesk(RosterStore store, RosterProblems problems, RosterMembers members, RosterSettings.Store settings,
			SolverManager<Roster, UUID> solverManager, RosterCheck check, Clock clock) {
		this.store = store;
		this.problems = problems;
		this.members = members;
		this.settings = settings;
		this.solverManager = solverManager;
		this.check = check;
		this.clock = clock;
	}

	@Override
	public RosterSheet draft(ShopId shop, YearMonth month) {
		Instant now = clock.instant();
		RosterSettings rules = settings.of(shop);
		List<RosterSheet.Member> rows = members.of(shop);
		var row = store.month(shop, month, now);
		if (row.isEmpty()) {
			return new RosterSheet(month, RosterSheet.Status.NONE, null, null, null, rules.shifts(), rows, List.of(),
					List.of());
		}
		RosterSheet.Status status = row.get().status();
		List<RosterSheet.Cell> cells = onRows(store.draftCells(shop, month), rows);
		String score = null;
		List<RosterViolation> violations = List.of();
		if (status != RosterSheet.Status.SOLVING && !cells.isEmpty()) {
			Roster roster = problems.draft(shop, month, need(shop, month, now), cells);
			HardMediumSoftScore scored = check.score(roster);
			score = scored.toString();
			violations = check.violations(roster);
		}
		return new RosterSheet(month, status, score, row.get().solving(), row.get().publishedAt(), rules.shifts(), rows,
				cells, violations);
	}

	@Override
	public RosterSheet published(ShopId shop, YearMonth month) {
		Instant now = clock.instant();
		List<RosterSheet.Member> rows = members.of(shop);
		Map<String, Shift> shifts = new LinkedHashMap<>();
		settings.of(shop).shifts().forEach((shift) -> shifts.put(shift.code(), shift));
		List<RosterSheet.Cell> cells = new ArrayList<>();
		for (RosterStore.PublishedCell cell : store.publishedCells(shop, month)) {
			RosterStore.PublishedShift shift = cell.shift();
			if (shift != null && !shifts.containsKey(shift.code())) {
				// a shift the shop has since changed: the roster keeps what was published
				shifts.put(shift.code(), new Shift(shift.code(), shift.name(), shift.start(), shift.end(),
						io.kefu.workforce.ShiftGroup.BOTH));
			}
			cells.add(new RosterSheet.Cell(cell.agent(), cell.day(), shift == null ? null : shift.code(), false));
		}
		cells = onRows(cells, rows);
		Instant publishedAt = store.month(shop, month, now).map(RosterStore.Month::publishedAt).orElse(null);
		RosterSheet.Status status = cells.isEmpty() ? RosterSheet.Status.NONE : RosterSheet.Status.PUBLISHED;
		return new RosterSheet(month, status, null, null, publishedAt, List.copyOf(shifts.values()), rows, cells,
				List.of());
	}

	@Override
	public RosterSheet.Solving solve(ShopId shop, YearMonth month, Duration limit, AgentId by) {
		return solve(shop, month, limit, by, month.atDay(1));
	}

	/**
	 * Solves the month keeping every cell before {@code keptBefore} as it is, as after
	 * leave: only the days from then on may move. The cells held for this solve alone are
	 * written back unpinned.
	 */
	RosterSheet.Solving solve(ShopId shop, YearMonth month, Duration limit, AgentId by, LocalDate keptBefore) {
		if (members.of(shop).isEmpty()) {
			throw new RosterStateException(
					"Shop " + shop.value() + " has no agents to roster: add 售前 or 售后 agents first");
		}
		Instant since = clock.instant();
		UUID id = UUID.randomUUID();
		Instant until = since.plus(limit);
		if (!store.beginSolve(shop, month, id, since, until)) {
			throw new RosterStateException("The roster of " + month + " is being solved; wait or stop it first");
		}
		MonthKey key = new MonthKey(shop, month);
		running.put(key, id);
		needs.remove(key);
		Set<String> held = ConcurrentHashMap.newKeySet();
		solverManager.solveBuilder()
			.withProblemId(id)
			.withProblemFinder((problem) -> holding(problems.problem(shop, month), keptBefore, held))
			.withBestSolutionEventConsumer((event) -> progress(id, event.solution()))
			.withFinalBestSolutionConsumer((best) -> finish(id, key, best, held))
			.withExceptionHandler((problem, failure) -> abandon(id, key, failure))
			.withConfigOverride(new SolverConfigOverride<Roster>().withTerminationSpentLimit(limit))
			.run();
		log.info("Solving the roster of shop {} for {} within {}", shop.value(), month, limit);
		return new RosterSheet.Solving(since, until, null);
	}

	private static Roster holding(Roster roster, LocalDate keptBefore, Set<String> held) {
		for (Assignment cell : roster.getAssignments()) {
			if (cell.getDay().isBefore(keptBefore) && !cell.isPinned()) {
				cell.setPinned(true);
				held.add(cell.getId());
			}
		}
		return roster;
	}

	@Override
	public void stop(ShopId shop, YearMonth month) {
		UUID id = running.get(new MonthKey(shop, month));
		if (id != null) {
			solverManager.terminateEarly(id);
		}
	}

	@Override
	public RosterSheet pin(ShopId shop, YearMonth month, List<CellChange> changes, AgentId by) {
		Map<String, AgentId> agents = members.of(shop)
			.stream()
			.collect(Collectors.toMap(RosterSheet.Member::username, RosterSheet.Member::id));
		Set<String> codes = settings.of(shop).shifts().stream().map(Shift::code).collect(Collectors.toSet());
		List<RosterStore.SolvedCell> cells = new ArrayList<>();
		for (int i = 0; i < changes.size(); i++) {
			CellChange change = changes.get(i);
			AgentId agent = agents.get(change.agent());
			if (agent == null) {
				throw new IllegalArgumentException(
						"[" + i + "].agent: " + change.agent() + " is not an agent on this shop's roster");
			}
			if (!YearMonth.from(change.day()).equals(month)) {
				throw new IllegalArgumentException("[" + i + "].date: " + change.day() + " is not in " + month);
			}
			if (change.shift() != null && !codes.contains(change.shift())) {
				throw new IllegalArgumentException("[" + i + "].shift: this shop has no shift " + change.shift());
			}
			cells.add(new RosterStore.SolvedCell(agent, change.day(), change.shift(), change.pinned()));
		}
		if (!store.pin(shop, month, cells, clock.instant())) {
			throw new RosterStateException("The roster of " + month + " is being solved; wait or stop it first");
		}
		return draft(shop, month);
	}

	@Override
	public RosterSheet publish(ShopId shop, YearMonth month, AgentId by) {
		Instant now = clock.instant();
		if (store.month(shop, month, now).isEmpty() || store.draftCells(shop, month).isEmpty()) {
			throw new RosterStateException("The roster of " + month + " has no draft to publish: press 排班 first");
		}
		List<Shift> shifts = settings.of(shop).shifts();
		requireKnownShifts(shop, month, shifts);
		if (!store.publish(shop, month, shifts, by, now)) {
			throw new RosterStateException("The roster of " + month + " is being solved; wait or stop it first");
		}
		log.info("Agent {} published the roster of shop {} for {}", by.value(), shop.value(), month);
		return draft(shop, month);
	}

	/**
	 * A cell naming a shift the shop has since removed would be published as a day off:
	 * the supervisor pins another shift there or solves again first.
	 */
	private void requireKnownShifts(ShopId shop, YearMonth month, List<Shift> shifts) {
		Set<String> codes = shifts.stream().map(Shift::code).collect(Collectors.toSet());
		List<RosterSheet.Member> rows = members.of(shop);
		for (RosterSheet.Cell cell : onRows(store.draftCells(shop, month), rows)) {
			if (cell.shift() != null && !codes.contains(cell.shift())) {
				String agent = rows.stream()
					.filter((member) -> member.id().equals(cell.agent()))
					.map(RosterSheet.Member::username)
					.findFirst()
					.orElseThrow();
				throw new RosterStateException("The roster of " + month + " has " + agent + " on shift " + cell.shift()
						+ " on " + cell.day()
						+ ", which is no longer one of the shop's shifts: pin another shift there or solve again");
			}
		}
	}

	private void progress(UUID id, Roster best) {
		Instant now = clock.instant();
		Instant last = lastProgress.get(id);
		if (best.getScore() == null || (last != null && last.plus(PROGRESS_EVERY).isAfter(now))) {
			return;
		}
		lastProgress.put(id, now);
		store.progress(id, best.getScore().toString());
	}

	private void finish(UUID id, MonthKey key, Roster best, Set<String> held) {
		lastProgress.remove(id);
		running.remove(key, id);
		Map<String, AgentId> agents = new HashMap<>();
		members.of(key.shop()).forEach((member) -> agents.put(member.username(), member.id()));
		List<RosterStore.SolvedCell> cells = new ArrayList<>();
		for (Assignment cell : best.getAssignments()) {
			AgentId agent = agents.get(cell.getAgent().id());
			if (agent != null) {
				cells.add(new RosterStore.SolvedCell(agent, cell.getDay(),
						cell.getShift() == null ? null : cell.getShift().code(),
						cell.isPinned() && !held.contains(cell.getId())));
			}
		}
		if (store.finishSolve(id, key.shop(), key.month(), cells, clock.instant())) {
			log.info("Solved the roster of shop {} for {}: {}", key.shop().value(), key.month(), best.getScore());
		}
		else {
			log.warn("The solve of shop {} for {} lost its month before it finished; its result is dropped",
					key.shop().value(), key.month());
		}
	}

	private void abandon(UUID id, MonthKey key, Throwable failure) {
		lastProgress.remove(id);
		running.remove(key, id);
		store.abandonSolve(id);
		log.error("The roster solve of shop {} for {} failed", key.shop().value(), key.month(), failure);
	}

	private List<HalfHourNeed> need(ShopId shop, YearMonth month, Instant now) {
		MonthKey key = new MonthKey(shop, month);
		KeptNeed kept = needs.get(key);
		if (kept == null || kept.at().plus(NEED_KEPT).isBefore(now)) {
			kept = new KeptNeed(problems.need(shop, month), now);
			needs.put(key, kept);
		}
		return kept.need();
	}

	private static List<RosterSheet.Cell> onRows(List<RosterSheet.Cell> cells, List<RosterSheet.Member> rows) {
		Set<AgentId> shown = rows.stream().map(RosterSheet.Member::id).collect(Collectors.toSet());
		return cells.stream().filter((cell) -> shown.contains(cell.agent())).toList();
	}

	private record MonthKey(ShopId shop, YearMonth month) {
	}

	private record KeptNeed(List<HalfHourNeed> need, Instant at) {
	}

}
