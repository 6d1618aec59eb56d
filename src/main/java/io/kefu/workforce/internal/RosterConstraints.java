package io.kefu.workforce.internal;

import io.kefu.workforce.Assignment;
import io.kefu.workforce.HalfHourNeed;
import io.kefu.workforce.RosterAgent;
import io.kefu.workforce.RosterConstraintNames;
import io.kefu.workforce.RosterRules;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;

/**
 * The roster rules of seed 000 and issue 17, one constraint per method. Hard rules make a
 * roster valid, the medium one staffs the need, the soft ones make it fair and stable.
 */
public class RosterConstraints implements ConstraintProvider {

	@Override
	public Constraint[] defineConstraints(ConstraintFactory factory) {
		return new Constraint[] { noDayShiftAfterNightShift(factory), exactDaysOff(factory), leaveRespected(factory),
				shiftOfOwnGroup(factory), traineeNeverAlone(factory), wholeDayOfRest(factory), needCovered(factory),
				hoursBalanced(factory), closeToLastMonth(factory), requestedDaysOffHonoured(factory),
				weekendsOffSpread(factory) };
	}

	// hard

	/**
	 * Seed 000: no full day shift the day after a night shift (the agent left at 23:30).
	 */
	Constraint noDayShiftAfterNightShift(ConstraintFactory factory) {
		return factory.forEach(Assignment.class)
			.filter((night) -> night.getShift().isNightShift())
			.join(Assignment.class, Joiners.equal(Assignment::getAgent),
					Joiners.equal((night) -> night.getDay().plusDays(1), Assignment::getDay))
			.filter((night, next) -> next.getShift().isDayShift())
			.penalize(HardMediumSoftScore.ONE_HARD)
			.asConstraint(RosterConstraintNames.NO_DAY_SHIFT_AFTER_NIGHT_SHIFT);
	}

	/**
	 * Every agent rests exactly the month's days off; leave days are days off too but do
	 * not count as rest.
	 */
	Constraint exactDaysOff(ConstraintFactory factory) {
		return factory.forEachIncludingUnassigned(Assignment.class)
			.groupBy(Assignment::getAgent, ConstraintCollectors.conditionally(
					(cell) -> cell.isDayOff() && !cell.getAgent().onLeave(cell.getDay()), ConstraintCollectors.count()))
			.join(RosterRules.class)
			.filter((agent, rest, rules) -> rest != rules.daysOff())
			.penalize(HardMediumSoftScore.ONE_HARD, (agent, rest, rules) -> Math.abs(rest - rules.daysOff()))
			.asConstraint(RosterConstraintNames.EXACT_DAYS_OFF);
	}

	/** An approved leave day is a day off. */
	Constraint leaveRespected(ConstraintFactory factory) {
		return factory.forEach(Assignment.class)
			.filter((cell) -> cell.getAgent().onLeave(cell.getDay()))
			.penalize(HardMediumSoftScore.ONE_HARD)
			.asConstraint(RosterConstraintNames.LEAVE_RESPECTED);
	}

	/** Pre-sales agents staff pre-sales shifts, after-sales agents after-sales ones. */
	Constraint shiftOfOwnGroup(ConstraintFactory factory) {
		return factory.forEach(Assignment.class)
			.filter((cell) -> !cell.getAgent().mayWork(cell.getShift()))
			.penalize(HardMediumSoftScore.ONE_HARD)
			.asConstraint(RosterConstraintNames.SHIFT_OF_OWN_GROUP);
	}

	/**
	 * A trainee works only where a qualified colleague of their group is on the same
	 * shift.
	 */
	Constraint traineeNeverAlone(ConstraintFactory factory) {
		return factory.forEach(Assignment.class)
			.filter((cell) -> cell.getAgent().trainee())
			.ifNotExists(Assignment.class, Joiners.equal(Assignment::getDay), Joiners.equal(Assignment::getShift),
					Joiners.filtering((trainee, other) -> other.getAgent().canAccompany(trainee.getAgent())))
			.penalize(HardMediumSoftScore.ONE_HARD)
			.asConstraint(RosterConstraintNames.TRAINEE_NEVER_ALONE);
	}

	/**
	 * Seed 000 rule 2: every agent gets at least one whole day of rest for their own life
	 * (一个全白班和一个晚班的连续休息), a rest day that does not follow their night shift, since a day
	 * off after a 晚班 ending at 23:30 starts tired. A leave day is not rest (as in "exact
	 * days off"), but a rest day after a leave day is whole. The month's first day counts
	 * as whole: last month's last day is not in the roster. A month without rest days
	 * asks for none.
	 */
	Constraint wholeDayOfRest(ConstraintFactory factory) {
		return factory.forEach(RosterAgent.class)
			.ifNotExists(wholeRestDays(factory), Joiners.equal((agent) -> agent, Assignment::getAgent))
			.join(RosterRules.class)
			.filter((agent, rules) -> rules.daysOff() > 0)
			.penalize(HardMediumSoftScore.ONE_HARD)
			.asConstraint(RosterConstraintNames.WHOLE_DAY_OF_REST);
	}

	private static UniConstraintStream<Assignment> wholeRestDays(ConstraintFactory factory) {
		return factory.forEachIncludingUnassigned(Assignment.class)
			.filter((cell) -> cell.isDayOff() && !cell.getAgent().onLeave(cell.getDay()))
			.ifNotExists(Assignment.class, Joiners.equal(Assignment::getAgent),
					Joiners.equal((rest) -> rest.getDay().minusDays(1), Assignment::getDay),
					Joiners.filtering((rest, before) -> before.getShift() != null && before.getShift().isNightShift()));
	}

	// medium

	/** Each half hour gets the agents it needs; every agent missing costs one. */
	Constraint needCovered(ConstraintFactory factory) {
		return factory.forEach(HalfHourNeed.class)
			.join(factory.forEachIncludingUnassigned(Assignment.class),
					Joiners.equal(HalfHourNeed::day, Assignment::getDay))
			.groupBy((need, cell) -> need,
					ConstraintCollectors.conditionally(
							(need, cell) -> cell.getShift() != null && cell.getShift().covers(need.start()),
							ConstraintCollectors.countBi()))
			.filter((need, rostered) -> rostered < need.agents())
			.penalize(HardMediumSoftScore.ONE_MEDIUM, (need, rostered) -> need.agents() - rostered)
			.asConstraint(RosterConstraintNames.NEED_COVERED);
	}

	// soft

	/**
	 * Monthly hours close across agents: the squared difference of every pair's hours (in
	 * half hours), which is the agents' count times their squared deviations from the
	 * mean.
	 */
	Constraint hoursBalanced(ConstraintFactory factory) {
		return halfHoursWorked(factory)
			.join(halfHoursWorked(factory), Joiners.lessThan((worked) -> worked.agent().id()))
			.penalize(HardMediumSoftScore.ONE_SOFT, (one, other) -> square(one.halfHours() - other.halfHours()))
			.asConstraint(RosterConstraintNames.HOURS_BALANCED);
	}

	/**
	 * Seed rule 4: the pattern stays stable; a cell unlike last month's on that weekday
	 * costs one.
	 */
	Constraint closeToLastMonth(ConstraintFactory factory) {
		return factory.forEachIncludingUnassigned(Assignment.class)
			.filter((cell) -> cell.getAgent()
				.lastMonthOn(cell.getDay())
				.filter((code) -> !code.equals(cell.code()))
				.isPresent())
			.penalize(HardMediumSoftScore.ONE_SOFT)
			.asConstraint(RosterConstraintNames.CLOSE_TO_LAST_MONTH);
	}

	/** A requested day off that is worked costs one. */
	Constraint requestedDaysOffHonoured(ConstraintFactory factory) {
		return factory.forEach(Assignment.class)
			.filter((cell) -> cell.getAgent().requestedOff(cell.getDay()))
			.penalize(HardMediumSoftScore.ONE_SOFT)
			.asConstraint(RosterConstraintNames.REQUESTED_DAYS_OFF_HONOURED);
	}

	/** Weekend days off shared fairly: the squared difference of every pair's count. */
	Constraint weekendsOffSpread(ConstraintFactory factory) {
		return weekendDaysOff(factory).join(weekendDaysOff(factory), Joiners.lessThan((off) -> off.agent().id()))
			.penalize(HardMediumSoftScore.ONE_SOFT, (one, other) -> square(one.days() - other.days()))
			.asConstraint(RosterConstraintNames.WEEKENDS_OFF_SPREAD);
	}

	private static UniConstraintStream<Worked> halfHoursWorked(ConstraintFactory factory) {
		return factory.forEachIncludingUnassigned(Assignment.class)
			.groupBy(Assignment::getAgent, ConstraintCollectors.sum((cell) -> cell.minutes() / 30))
			.map(Worked::new);
	}

	private static UniConstraintStream<WeekendsOff> weekendDaysOff(ConstraintFactory factory) {
		return factory.forEachIncludingUnassigned(Assignment.class)
			.groupBy(Assignment::getAgent,
					ConstraintCollectors.conditionally((cell) -> cell.isDayOff() && cell.isWeekend(),
							ConstraintCollectors.count()))
			.map(WeekendsOff::new);
	}

	private static int square(int value) {
		return value * value;
	}

	record Worked(RosterAgent agent, int halfHours) {
	}

	record WeekendsOff(RosterAgent agent, int days) {
	}

}
