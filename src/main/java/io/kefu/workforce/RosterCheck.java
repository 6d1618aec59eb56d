package io.kefu.workforce;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import ai.timefold.solver.core.api.score.stream.DefaultConstraintJustification;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.jspecify.annotations.Nullable;

/**
 * Scores a roster without solving it and says where it breaks the rules: for the page's
 * list under the grid, and for a swap, which may not break a hard rule.
 */
public final class RosterCheck {

	private final SolutionManager<Roster, HardMediumSoftScore> manager;

	public RosterCheck() {
		this.manager = SolutionManager
			.create(SolverFactory.create(RosterSolver.config(Duration.ofSeconds(1), Duration.ofSeconds(1))));
	}

	/** The roster's score, also set on the roster. */
	public HardMediumSoftScore score(Roster roster) {
		return manager.update(roster);
	}

	/**
	 * Every hard and medium match, hard first, then by day; soft rules weigh the month as
	 * a whole and are left to the score.
	 */
	public List<RosterViolation> violations(Roster roster) {
		ScoreAnalysis<HardMediumSoftScore> analysis = manager.analyze(roster);
		List<RosterViolation> found = new ArrayList<>();
		for (ConstraintAnalysis<HardMediumSoftScore> constraint : analysis.constraintMap().values()) {
			if (constraint.matches() == null) {
				continue;
			}
			for (MatchAnalysis<HardMediumSoftScore> match : constraint.matches()) {
				RosterViolation.Level level = level(match.score());
				if (level != RosterViolation.Level.SOFT) {
					found.add(violation(constraint.constraintName(), level, match.score(), match.justification()));
				}
			}
		}
		found.sort(Comparator.comparing(RosterViolation::level)
			.thenComparing(RosterViolation::day, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(RosterViolation::time, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(RosterViolation::agent, Comparator.nullsFirst(Comparator.naturalOrder())));
		return found;
	}

	private static RosterViolation.Level level(HardMediumSoftScore score) {
		if (score.hardScore() != 0) {
			return RosterViolation.Level.HARD;
		}
		return score.mediumScore() != 0 ? RosterViolation.Level.MEDIUM : RosterViolation.Level.SOFT;
	}

	private static RosterViolation violation(String constraint, RosterViolation.Level level, HardMediumSoftScore score,
			ConstraintJustification justification) {
		long penalty = -switch (level) {
			case HARD -> score.hardScore();
			case MEDIUM -> score.mediumScore();
			case SOFT -> score.softScore();
		};
		String agent = null;
		LocalDate day = null;
		LocalTime time = null;
		List<?> facts = justification instanceof DefaultConstraintJustification dcj ? dcj.getFacts() : List.of();
		for (Object fact : facts) {
			if (fact instanceof Assignment cell) {
				agent = agent == null ? cell.getAgent().id() : agent;
				// the later cell is the one at fault: the day shift after the night shift
				day = cell.getDay();
			}
			else if (fact instanceof RosterAgent member && agent == null) {
				agent = member.id();
			}
			else if (fact instanceof HalfHourNeed need) {
				day = need.day();
				time = need.start();
			}
		}
		return new RosterViolation(constraint, level, agent, day, time, penalty);
	}

	/** Whether the roster keeps every hard rule. */
	public static boolean feasible(@Nullable HardMediumSoftScore score) {
		return score != null && score.hardScore() == 0;
	}

}
