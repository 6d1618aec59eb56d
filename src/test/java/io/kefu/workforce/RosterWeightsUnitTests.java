package io.kefu.workforce;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RosterWeightsUnitTests {

	/** A Monday. */
	private static final LocalDate FIRST = LocalDate.of(2026, 6, 1);

	private static final Shift DAY = Shift.defaults().get(0);

	private final SolutionManager<Roster, HardMediumSoftScore> scores = SolutionManager
		.create(SolverFactory.create(RosterSolver.config(Duration.ofSeconds(1), Duration.ofSeconds(1))));

	/**
	 * One agent (no pairs to balance) working two requested days off, both unlike last
	 * month: 2 units of "requested days off honoured" and 2 of "close to last month".
	 */
	private static Roster twoDays() {
		RosterAgent wishful = new RosterAgent("xiaoli", "xiaoli", ShiftGroup.PRE_SALES, false, Set.of(),
				Set.of(FIRST, FIRST.plusDays(1)),
				Map.of(FIRST.getDayOfWeek(), "N", FIRST.plusDays(1).getDayOfWeek(), "N"));
		return new Roster(Shift.defaults(), List.of(wishful), List.of(), new RosterRules(0), List
			.of(new Assignment(wishful, FIRST, DAY, false), new Assignment(wishful, FIRST.plusDays(1), DAY, false)));
	}

	@Test
	void everySoftRuleWeighsOneByDefault() {
		Roster roster = twoDays();

		assertThat(roster.getWeights()).isEqualTo(RosterWeights.DEFAULTS);
		assertThat(this.scores.update(roster)).isEqualTo(HardMediumSoftScore.ofSoft(-4));
	}

	@Test
	void aWeightOfThreeTriplesItsRulesPenalty() {
		Roster roster = twoDays().withWeights(new RosterWeights(1, 1, 3, 1));

		ScoreAnalysis<HardMediumSoftScore> analysis = this.scores.analyze(roster);

		assertThat(analysis.getConstraintAnalysis(RosterConstraintNames.REQUESTED_DAYS_OFF_HONOURED).score())
			.isEqualTo(HardMediumSoftScore.ofSoft(-6));
		assertThat(analysis.getConstraintAnalysis(RosterConstraintNames.CLOSE_TO_LAST_MONTH).score())
			.isEqualTo(HardMediumSoftScore.ofSoft(-2));
		assertThat(analysis.score()).isEqualTo(HardMediumSoftScore.ofSoft(-8));
	}

	@Test
	void aWeightOfZeroSwitchesItsRuleOff() {
		Roster roster = twoDays().withWeights(new RosterWeights(1, 0, 1, 1));

		assertThat(this.scores.update(roster)).isEqualTo(HardMediumSoftScore.ofSoft(-2));
		assertThat(roster.getWeights()).isEqualTo(new RosterWeights(1, 0, 1, 1));
	}

	@Test
	void weighingCopiesTheCells() {
		Roster roster = twoDays();

		Roster weighed = roster.withWeights(new RosterWeights(2, 2, 2, 2));
		weighed.getAssignments().get(0).setShift(null);

		assertThat(roster.getAssignments().get(0).getShift()).isEqualTo(DAY);
		assertThat(roster.getWeights()).isEqualTo(RosterWeights.DEFAULTS);
	}

	@Test
	void aWeightOutOfRangeIsRefusedByName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RosterWeights(1, -1, 1, 1))
			.withMessageContaining("lastMonth");
		assertThatIllegalArgumentException().isThrownBy(() -> new RosterWeights(RosterWeights.MAX + 1, 1, 1, 1))
			.withMessageContaining("hoursBalance");
	}

}
