package io.kefu.workforce;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RosterSolverUnitTests {

	private static final LocalDate JUNE = LocalDate.of(2026, 6, 1);

	@Test
	void eightAgentsGetAMonthWithoutBreakingARule() {
		List<Shift> shifts = Shift.defaults();
		LocalDate leaveDay = JUNE.plusDays(9);
		LocalDate pinnedDay = JUNE.plusDays(14);
		List<RosterAgent> agents = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			agents.add(RosterAgent.of("pre" + i, ShiftGroup.PRE_SALES, false));
		}
		agents.add(new RosterAgent("after1", "after1", ShiftGroup.AFTER_SALES, false, Set.of(leaveDay), Set.of(),
				Map.of()));
		agents.add(RosterAgent.of("trainee", ShiftGroup.PRE_SALES, true));
		List<Assignment> cells = new ArrayList<>();
		List<HalfHourNeed> needs = new ArrayList<>();
		for (int day = 0; day < 30; day++) {
			LocalDate date = JUNE.plusDays(day);
			for (RosterAgent agent : agents) {
				boolean pin = agent.id().equals("pre1") && date.equals(pinnedDay);
				cells.add(pin ? new Assignment(agent, date, shifts.get(2), true) : Assignment.open(agent, date));
			}
			needs.addAll(simpleNeed(date));
		}
		Roster problem = new Roster(shifts, agents, needs, RosterRules.defaults(), cells);

		long started = System.nanoTime();
		Roster solved = new RosterSolver(Duration.ofSeconds(4), Duration.ofSeconds(1)).solve(problem);
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(solved.getScore()).isNotNull();
		assertThat(solved.getScore().hardScore()).as("hard score after %s: %s", took, solved.getScore()).isZero();
		assertThat(solved.getAssignments()).filteredOn((cell) -> cell.getDay().equals(pinnedDay))
			.filteredOn((cell) -> cell.getAgent().id().equals("pre1"))
			.singleElement()
			.satisfies((cell) -> assertThat(cell.getShift()).isEqualTo(shifts.get(2)));
		assertThat(solved.getAssignments()).filteredOn((cell) -> cell.getDay().equals(leaveDay))
			.filteredOn((cell) -> cell.getAgent().id().equals("after1"))
			.singleElement()
			.satisfies((cell) -> assertThat(cell.isDayOff()).isTrue());
	}

	@Test
	void incrementalScoresMatchFullRecalculation() {
		// FULL_ASSERT recalculates the score from scratch after every move and fails on
		// any
		// difference, so a constraint that keeps stale state shows here
		List<Shift> shifts = Shift.defaults();
		RosterAgent weekender = new RosterAgent("pre2", "pre2", ShiftGroup.PRE_SALES, false, Set.of(JUNE.plusDays(2)),
				Set.of(JUNE.plusDays(5)), Map.of(JUNE.getDayOfWeek(), "N"));
		List<RosterAgent> agents = List.of(RosterAgent.of("pre1", ShiftGroup.PRE_SALES, false), weekender,
				RosterAgent.of("after1", ShiftGroup.AFTER_SALES, false),
				RosterAgent.of("trainee", ShiftGroup.PRE_SALES, true));
		List<Assignment> cells = new ArrayList<>();
		List<HalfHourNeed> needs = new ArrayList<>();
		for (int day = 0; day < 7; day++) {
			LocalDate date = JUNE.plusDays(day);
			agents.forEach((agent) -> cells.add(Assignment.open(agent, date)));
			needs.addAll(simpleNeed(date));
		}
		Roster problem = new Roster(shifts, agents, needs, new RosterRules(2), cells);

		Roster solved = SolverFactory
			.<Roster>create(RosterSolver.config(Duration.ofSeconds(1), Duration.ofSeconds(1))
				.withEnvironmentMode(EnvironmentMode.FULL_ASSERT))
			.buildSolver()
			.solve(problem);

		assertThat(solved.getScore()).isNotNull();
	}

	/** Two agents from 9:00 to 23:30, three around noon. */
	private static List<HalfHourNeed> simpleNeed(LocalDate date) {
		List<HalfHourNeed> needs = new ArrayList<>();
		for (LocalTime t = LocalTime.of(9, 0); t.isBefore(LocalTime.of(23, 30)); t = t.plusMinutes(30)) {
			boolean busy = !t.isBefore(LocalTime.of(10, 0)) && t.isBefore(LocalTime.of(15, 0));
			needs.add(new HalfHourNeed(date, t, busy ? 3 : 2));
		}
		return needs;
	}

}
