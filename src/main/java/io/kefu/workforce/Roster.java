package io.kefu.workforce;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.jspecify.annotations.Nullable;

/**
 * A month's roster (排班表): one {@link Assignment} per agent per day, the shifts they can
 * take, the need to cover and the rules. The solver's problem and its answer.
 */
@PlanningSolution
public class Roster {

	@ValueRangeProvider
	@ProblemFactCollectionProperty
	private List<Shift> shifts;

	@ProblemFactCollectionProperty
	private List<RosterAgent> agents;

	@ProblemFactCollectionProperty
	private List<HalfHourNeed> needs;

	@ProblemFactProperty
	private RosterRules rules;

	@PlanningEntityCollectionProperty
	private List<Assignment> assignments;

	@PlanningScore
	private @Nullable HardMediumSoftScore score;

	/** For the solver, which clones solutions. */
	@SuppressWarnings("NullAway.Init")
	Roster() {
	}

	public Roster(List<Shift> shifts, List<RosterAgent> agents, List<HalfHourNeed> needs, RosterRules rules,
			List<Assignment> assignments) {
		this.shifts = List.copyOf(shifts);
		this.agents = List.copyOf(agents);
		this.needs = List.copyOf(needs);
		this.rules = rules;
		this.assignments = List.copyOf(assignments);
	}

	/** A month with every cell open for the solver: one per agent per day. */
	public static Roster open(YearMonth month, List<Shift> shifts, List<RosterAgent> agents, List<HalfHourNeed> needs,
			RosterRules rules) {
		List<Assignment> cells = new ArrayList<>();
		for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
			for (RosterAgent agent : agents) {
				cells.add(Assignment.open(agent, day));
			}
		}
		return new Roster(shifts, agents, needs, rules, cells);
	}

	/**
	 * The agents at work in each of the day's 48 half hours from 00:00, as the staffing
	 * chart draws them against the need.
	 */
	public List<Integer> rosteredOn(LocalDate day) {
		List<Integer> counts = new ArrayList<>();
		for (int i = 0; i < 48; i++) {
			LocalTime halfHour = LocalTime.MIDNIGHT.plusMinutes(30L * i);
			counts.add((int) assignments.stream()
				.filter((cell) -> cell.getDay().equals(day) && cell.getShift() != null
						&& cell.getShift().covers(halfHour))
				.count());
		}
		return counts;
	}

	public List<Shift> getShifts() {
		return shifts;
	}

	public List<RosterAgent> getAgents() {
		return agents;
	}

	public List<HalfHourNeed> getNeeds() {
		return needs;
	}

	public RosterRules getRules() {
		return rules;
	}

	public List<Assignment> getAssignments() {
		return assignments;
	}

	public @Nullable HardMediumSoftScore getScore() {
		return score;
	}

	public void setScore(@Nullable HardMediumSoftScore score) {
		this.score = score;
	}

}
