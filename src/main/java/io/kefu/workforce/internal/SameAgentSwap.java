package io.kefu.workforce.internal;

import io.kefu.workforce.Assignment;
import io.kefu.workforce.Roster;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SwapMove;

/**
 * Swaps that trade two days of one agent: they move a day off without changing the count
 * of days off, which single-cell changes cannot do without breaking a hard rule on the
 * way.
 */
public class SameAgentSwap implements SelectionFilter<Roster, SwapMove<Roster>> {

	@Override
	public boolean accept(ScoreDirector<Roster> director, SwapMove<Roster> move) {
		Assignment left = (Assignment) move.getLeftEntity();
		Assignment right = (Assignment) move.getRightEntity();
		return left.getAgent().equals(right.getAgent()) && left.getShift() != right.getShift();
	}

}
