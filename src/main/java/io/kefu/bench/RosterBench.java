package io.kefu.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.kefu.workforce.Roster;
import io.kefu.workforce.RosterSolver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import org.jspecify.annotations.Nullable;

/**
 * {@code bench roster}: solves the generated month ({@link RosterBenchMonth}) for each
 * number of agents and reads the best score at each time limit. One solve runs to the
 * longest limit; a best-solution listener notes when each better roster was found, so the
 * score at a shorter limit is the last one found by then. Needs no database.
 */
public final class RosterBench {

	/**
	 * @param agents the roster sizes, one solve each (times {@code repeat})
	 * @param limits the moments the best score is read, the longest ends the solve
	 * @param repeat solves per size; the worst of them is reported
	 */
	public record Settings(List<Integer> agents, List<Duration> limits, int repeat) {

		public Settings {
			agents = List.copyOf(agents);
			limits = limits.stream().sorted().toList();
			if (agents.isEmpty() || agents.stream().anyMatch((n) -> n < 2) || limits.isEmpty()
					|| limits.stream().anyMatch((limit) -> limit.isZero() || limit.isNegative()) || repeat < 1) {
				throw new IllegalArgumentException("agents must be 2 or more, limits positive and repeat at least 1");
			}
		}

		Duration longest() {
			return limits.get(limits.size() - 1);
		}

	}

	/**
	 * One size's worst of the repeats.
	 *
	 * @param scores the best score at each limit ({@code null}: none found by then)
	 * @param movesPerSecond the slowest solve's move evaluations per second
	 */
	public record Measurement(int agents, int cells, List<@Nullable HardMediumSoftScore> scores, long movesPerSecond) {

		/** The score at the longest limit, the one the roster would be published with. */
		public @Nullable HardMediumSoftScore last() {
			return scores.get(scores.size() - 1);
		}

		public boolean feasible() {
			HardMediumSoftScore last = last();
			return last != null && last.hardScore() == 0;
		}

	}

	private final Settings settings;

	public RosterBench(Settings settings) {
		this.settings = settings;
	}

	public List<Measurement> run(PrintStream progress) {
		SolverFactory<Roster> factory = SolverFactory
			.create(RosterSolver.config(settings.longest(), settings.longest()));
		List<Measurement> measurements = new ArrayList<>();
		for (int agents : settings.agents()) {
			List<Measurement> repeats = new ArrayList<>();
			for (int run = 0; run < settings.repeat(); run++) {
				progress.printf("solving %d agents x %d days for %ds (%d of %d)%n", agents,
						RosterBenchMonth.MONTH.lengthOfMonth(), settings.longest().toSeconds(), run + 1,
						settings.repeat());
				repeats.add(solve(factory, agents));
			}
			measurements.add(worst(repeats));
		}
		return measurements;
	}

	private Measurement solve(SolverFactory<Roster> factory, int agents) {
		Roster problem = RosterBenchMonth.of(agents);
		Solver<Roster> solver = factory.buildSolver();
		List<Found> found = Collections.synchronizedList(new ArrayList<>());
		solver.addEventListener((event) -> found
			.add(new Found(event.getTimeMillisSpent(), (HardMediumSoftScore) event.getNewBestScore())));
		Roster solved = solver.solve(problem);
		List<@Nullable HardMediumSoftScore> scores = new ArrayList<>();
		for (Duration limit : settings.limits()) {
			scores.add(limit.equals(settings.longest()) ? solved.getScore() : bestBy(found, limit));
		}
		// the move count is not in the public API; the solver logs it too
		long moves = solver instanceof DefaultSolver<Roster> timefold ? timefold.getMoveEvaluationSpeed() : -1;
		return new Measurement(agents, problem.getAssignments().size(), scores, moves);
	}

	private static @Nullable HardMediumSoftScore bestBy(List<Found> found, Duration limit) {
		HardMediumSoftScore best = null;
		synchronized (found) {
			for (Found one : found) {
				if (one.millis() <= limit.toMillis()) {
					best = one.score();
				}
			}
		}
		return best;
	}

	private static Measurement worst(List<Measurement> repeats) {
		Measurement first = repeats.get(0);
		List<@Nullable HardMediumSoftScore> scores = new ArrayList<>();
		for (int i = 0; i < first.scores().size(); i++) {
			int limit = i;
			List<@Nullable HardMediumSoftScore> atLimit = repeats.stream()
				.map((repeat) -> repeat.scores().get(limit))
				.toList();
			// a repeat that found nothing by then is the worst
			scores.add(atLimit.stream().anyMatch(Objects::isNull) ? null
					: Collections.min(atLimit, Comparator.nullsFirst(Comparator.naturalOrder())));
		}
		long moves = repeats.stream().mapToLong(Measurement::movesPerSecond).min().orElse(-1);
		return new Measurement(first.agents(), first.cells(), scores, moves);
	}

	/** The table: one row per size, the worst of the repeats. */
	public static void print(List<Measurement> measurements, Settings settings, PrintStream out) {
		out.printf("%7s %6s", "agents", "cells");
		settings.limits().forEach((limit) -> out.printf(" %28s", "best score at " + limit.toSeconds() + "s"));
		out.printf(" %9s %9s%n", "hard 0", "moves/s");
		for (Measurement m : measurements) {
			out.printf("%7d %6d", m.agents(), m.cells());
			m.scores().forEach((score) -> out.printf(" %28s", score == null ? "none yet" : score));
			out.printf(" %9s %9s%n", m.feasible() ? "yes" : "NO", m.movesPerSecond() < 0 ? "?" : m.movesPerSecond());
		}
	}

	private record Found(long millis, HardMediumSoftScore score) {
	}

}
