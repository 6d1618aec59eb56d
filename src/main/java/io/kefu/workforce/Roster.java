package io.kefu.workforce;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
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

	/**
	 * The soft rules' weights; Timefold finds a field of this type on the solution by
	 * itself and uses it in place of the weights the constraints are written with.
	 */
	private ConstraintWeightOverrides<HardMediumSoftScore> weightOverrides;

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
		this.weightOverrides = overrides(RosterWeights.DEFAULTS);
	}

	/**
	 * The same month with the soft rules weighed as the shop wants; its cells are copies,
	 * so solving one roster leaves the other alone.
	 */
	public Roster withWeights(RosterWeights weights) {
		Roster weighed = new Roster(shifts, agents, needs, rules,
				assignments.stream()
					.map((cell) -> new Assignment(cell.getAgent(), cell.getDay(), cell.getShift(), cell.isPinned()))
					.toList());
		weighed.weightOverrides = overrides(weights);
		return weighed;
	}

	/** The weights of the soft rules this roster is solved with. */
	public RosterWeights getWeights() {
		return new RosterWeights(weightOf(RosterConstraintNames.HOURS_BALANCED),
				weightOf(RosterConstraintNames.CLOSE_TO_LAST_MONTH),
				weightOf(RosterConstraintNames.REQUESTED_DAYS_OFF_HONOURED),
				weightOf(RosterConstraintNames.WEEKENDS_OFF_SPREAD));
	}

	private int weightOf(String constraint) {
		HardMediumSoftScore weight = weightOverrides.getConstraintWeight(constraint);
		return weight == null ? 1 : weight.softScore();
	}

	private static ConstraintWeightOverrides<HardMediumSoftScore> overrides(RosterWeights weights) {
		return ConstraintWeightOverrides.of(Map.of(RosterConstraintNames.HOURS_BALANCED,
				HardMediumSoftScore.ofSoft(weights.hoursBalance()), RosterConstraintNames.CLOSE_TO_LAST_MONTH,
				HardMediumSoftScore.ofSoft(weights.lastMonth()), RosterConstraintNames.REQUESTED_DAYS_OFF_HONOURED,
				HardMediumSoftScore.ofSoft(weights.requestedOff()), RosterConstraintNames.WEEKENDS_OFF_SPREAD,
				HardMediumSoftScore.ofSoft(weights.weekends())));
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
