package io.kefu.workforce;

import java.time.Duration;

import io.kefu.workforce.internal.RosterConstraints;
import io.kefu.workforce.internal.SameAgentSwap;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Solves a month's roster with Timefold Solver, built in code (no Spring starter: it does
 * not start on Boot 4, and the roster must be solvable without Spring).
 */
public final class RosterSolver {

	private final SolverFactory<Roster> factory;

	/**
	 * @param limit the longest a solve runs
	 * @param unimproved a solve also stops when the best score has not improved for this
	 * long
	 */
	public RosterSolver(Duration limit, Duration unimproved) {
		this.factory = SolverFactory.create(config(limit, unimproved));
	}

	/** The solver configuration, for a {@code SolverManager} too. */
	public static SolverConfig config(Duration limit, Duration unimproved) {
		return new SolverConfig().withSolutionClass(Roster.class)
			.withEntityClasses(Assignment.class)
			.withConstraintProviderClass(RosterConstraints.class)
			.withPhases(new ConstructionHeuristicPhaseConfig(),
					new LocalSearchPhaseConfig().withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
							new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig(),
							new SwapMoveSelectorConfig().withFilterClass(SameAgentSwap.class))))
			.withTerminationConfig(new TerminationConfig().withSpentLimit(limit).withUnimprovedSpentLimit(unimproved));
	}

	/** The best roster found within the limits; pinned cells are kept as they are. */
	public Roster solve(Roster problem) {
		return factory.buildSolver().solve(problem);
	}

}
