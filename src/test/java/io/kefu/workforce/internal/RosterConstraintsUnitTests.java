package io.kefu.workforce.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

import io.kefu.workforce.Assignment;
import io.kefu.workforce.HalfHourNeed;
import io.kefu.workforce.Roster;
import io.kefu.workforce.RosterAgent;
import io.kefu.workforce.RosterRules;
import io.kefu.workforce.Shift;
import io.kefu.workforce.ShiftGroup;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

class RosterConstraintsUnitTests {

	private static final Shift DAY = Shift.defaults().get(0);

	private static final Shift HALF_DAY = Shift.defaults().get(1);

	private static final Shift NIGHT = Shift.defaults().get(2);

	private static final Shift PRE_SALES_DAY = new Shift("PD", "售前白班", LocalTime.of(9, 0), LocalTime.of(17, 30),
			ShiftGroup.PRE_SALES);

	/** A Monday. */
	private static final LocalDate FIRST = LocalDate.of(2026, 6, 1);

	private final ConstraintVerifier<RosterConstraints, Roster> verifier = ConstraintVerifier
		.build(new RosterConstraints(), Roster.class, Assignment.class);

	private final RosterAgent xiaomei = RosterAgent.of("xiaomei", ShiftGroup.PRE_SALES, false);

	private final RosterAgent xiaotang = RosterAgent.of("xiaotang", ShiftGroup.PRE_SALES, true);

	private static Assignment cell(RosterAgent agent, int day, @Nullable Shift shift) {
		return new Assignment(agent, FIRST.plusDays(day - 1), shift, false);
	}

	private static LocalDate june(int day) {
		return FIRST.plusDays(day - 1);
	}

	@Test
	void aDayShiftMayNotFollowANightShift() {
		this.verifier.verifyThat(RosterConstraints::noDayShiftAfterNightShift)
			.given(cell(this.xiaomei, 1, NIGHT), cell(this.xiaomei, 2, DAY), cell(this.xiaomei, 3, NIGHT),
					cell(this.xiaomei, 4, HALF_DAY))
			.penalizesBy(2);
	}

	@Test
	void aNightShiftMayFollowANightShiftOrADayOff() {
		this.verifier.verifyThat(RosterConstraints::noDayShiftAfterNightShift)
			.given(cell(this.xiaomei, 1, NIGHT), cell(this.xiaomei, 2, NIGHT), cell(this.xiaomei, 3, null),
					cell(this.xiaomei, 4, DAY), cell(this.xiaotang, 2, DAY))
			.penalizesBy(0);
	}

	@Test
	void eachAgentRestsExactlyTheMonthsDaysOff() {
		RosterAgent onLeave = new RosterAgent("xiaoli", "xiaoli", ShiftGroup.PRE_SALES, false, Set.of(june(3)),
				Set.of(), Map.of());
		this.verifier.verifyThat(RosterConstraints::exactDaysOff)
			.given(new RosterRules(2),
					// two days off: right
					cell(this.xiaomei, 1, null), cell(this.xiaomei, 2, null), cell(this.xiaomei, 3, DAY),
					// one day off: one short
					cell(this.xiaotang, 1, null), cell(this.xiaotang, 2, DAY), cell(this.xiaotang, 3, DAY),
					// a leave day does not count as rest: one short
					cell(onLeave, 1, null), cell(onLeave, 2, DAY), cell(onLeave, 3, null))
			.penalizesBy(2);
	}

	@Test
	void tooManyDaysOffAreAsWrongAsTooFew() {
		this.verifier.verifyThat(RosterConstraints::exactDaysOff)
			.given(new RosterRules(1), cell(this.xiaomei, 1, null), cell(this.xiaomei, 2, null),
					cell(this.xiaomei, 3, null))
			.penalizesBy(2);
	}

	@Test
	void anAgentOnApprovedLeaveDoesNotWork() {
		RosterAgent onLeave = new RosterAgent("xiaoli", "xiaoli", ShiftGroup.PRE_SALES, false, Set.of(june(1), june(2)),
				Set.of(), Map.of());
		this.verifier.verifyThat(RosterConstraints::leaveRespected)
			.given(cell(onLeave, 1, DAY), cell(onLeave, 2, null), cell(onLeave, 3, DAY))
			.penalizesBy(1);
	}

	@Test
	void anAgentWorksOnlyShiftsOfTheirGroup() {
		RosterAgent afterSales = RosterAgent.of("shouhou", ShiftGroup.AFTER_SALES, false);
		this.verifier.verifyThat(RosterConstraints::shiftOfOwnGroup)
			.given(cell(afterSales, 1, PRE_SALES_DAY), cell(afterSales, 2, DAY), cell(this.xiaomei, 1, PRE_SALES_DAY))
			.penalizesBy(1);
	}

	@Test
	void aTraineeIsNeverAloneOnAShift() {
		RosterAgent afterSales = RosterAgent.of("shouhou", ShiftGroup.AFTER_SALES, false);
		RosterAgent otherTrainee = RosterAgent.of("xiaoxin", ShiftGroup.PRE_SALES, true);
		this.verifier.verifyThat(RosterConstraints::traineeNeverAlone)
			.given(
					// day 1: with xiaomei on the same shift
					cell(this.xiaotang, 1, DAY), cell(this.xiaomei, 1, DAY),
					// day 2: xiaomei on another shift
					cell(this.xiaotang, 2, DAY), cell(this.xiaomei, 2, NIGHT),
					// day 3: only another trainee and an after-sales agent on the shift
					cell(this.xiaotang, 3, DAY), cell(otherTrainee, 3, DAY), cell(afterSales, 3, DAY),
					// day 4: the trainee is off
					cell(this.xiaotang, 4, null), cell(this.xiaomei, 4, null))
			.penalizesBy(3);
	}

	@Test
	void anAgentWithoutARestDayThatFollowsNoNightShiftLacksAWholeDayOfRest() {
		RosterAgent xiaoli = new RosterAgent("xiaoli", "xiaoli", ShiftGroup.PRE_SALES, false, Set.of(june(3)), Set.of(),
				Map.of());
		this.verifier.verifyThat(RosterConstraints::wholeDayOfRest)
			.given(new RosterRules(1), this.xiaomei, this.xiaotang, xiaoli,
					// xiaomei rests only the day after a night shift
					cell(this.xiaomei, 1, NIGHT), cell(this.xiaomei, 2, null), cell(this.xiaomei, 3, DAY),
					// xiaotang never rests
					cell(this.xiaotang, 1, DAY), cell(this.xiaotang, 2, DAY), cell(this.xiaotang, 3, NIGHT),
					// xiaoli's only day off is leave, which is not rest
					cell(xiaoli, 1, DAY), cell(xiaoli, 2, DAY), cell(xiaoli, 3, null))
			.penalizesBy(3);
	}

	@Test
	void aRestDayAfterADayShiftALeaveDayOrOnTheFirstOfTheMonthIsWhole() {
		RosterAgent xiaoli = new RosterAgent("xiaoli", "xiaoli", ShiftGroup.PRE_SALES, false, Set.of(june(2)), Set.of(),
				Map.of());
		RosterAgent xiaoxin = RosterAgent.of("xiaoxin", ShiftGroup.PRE_SALES, false);
		this.verifier.verifyThat(RosterConstraints::wholeDayOfRest)
			.given(new RosterRules(1), this.xiaomei, this.xiaotang, xiaoli, xiaoxin,
					// after a half-day shift
					cell(this.xiaomei, 1, NIGHT), cell(this.xiaomei, 2, HALF_DAY), cell(this.xiaomei, 3, null),
					// the first of the month: last month's last day is not known
					cell(this.xiaotang, 1, null), cell(this.xiaotang, 2, NIGHT), cell(this.xiaotang, 3, NIGHT),
					// after leave that followed a night shift
					cell(xiaoli, 1, NIGHT), cell(xiaoli, 2, null), cell(xiaoli, 3, null),
					// one of two rest days follows a night shift, the other is whole
					cell(xiaoxin, 1, NIGHT), cell(xiaoxin, 2, null), cell(xiaoxin, 3, null))
			.penalizesBy(0);
	}

	@Test
	void aMonthWithoutRestDaysAsksForNoWholeDayOfRest() {
		this.verifier.verifyThat(RosterConstraints::wholeDayOfRest)
			.given(new RosterRules(0), this.xiaomei, cell(this.xiaomei, 1, DAY), cell(this.xiaomei, 2, DAY))
			.penalizesBy(0);
	}

	@Test
	void everyAgentMissingFromAHalfHourCostsOneMedium() {
		RosterAgent xiaoli = RosterAgent.of("xiaoli", ShiftGroup.PRE_SALES, false);
		this.verifier.verifyThat(RosterConstraints::needCovered)
			.given(new HalfHourNeed(june(1), LocalTime.of(9, 0), 2), new HalfHourNeed(june(1), LocalTime.of(10, 0), 3),
					new HalfHourNeed(june(1), LocalTime.of(17, 0), 1),
					new HalfHourNeed(june(2), LocalTime.of(20, 0), 1),
					// 9:00 has one of 2, 10:00 two of 3, 17:00 (白班 ends 17:30) two of 1,
					// day 2 none of 1
					cell(this.xiaomei, 1, DAY), cell(xiaoli, 1, HALF_DAY), cell(this.xiaotang, 1, NIGHT),
					cell(this.xiaomei, 2, null))
			.penalizesBy(1 + 1 + 1);
	}

	@Test
	void hoursAreBalancedAcrossAgents() {
		RosterAgent xiaoli = RosterAgent.of("xiaoli", ShiftGroup.PRE_SALES, false);
		// half hours worked: 17 + 17, 11 + 0, 13 + 13: pairs differ by 23, 8, 15
		this.verifier.verifyThat(RosterConstraints::hoursBalanced)
			.given(cell(this.xiaomei, 1, DAY), cell(this.xiaomei, 2, DAY), cell(this.xiaotang, 1, HALF_DAY),
					cell(this.xiaotang, 2, null), cell(xiaoli, 1, NIGHT), cell(xiaoli, 2, NIGHT))
			.penalizesBy(23 * 23 + 8 * 8 + 15 * 15);
	}

	@Test
	void equalHoursCostNothing() {
		this.verifier.verifyThat(RosterConstraints::hoursBalanced)
			.given(cell(this.xiaomei, 1, DAY), cell(this.xiaotang, 1, DAY), cell(this.xiaotang, 2, null))
			.penalizesBy(0);
	}

	@Test
	void aCellUnlikeLastMonthsSameWeekdayCostsOne() {
		RosterAgent steady = new RosterAgent("xiaoli", "xiaoli", ShiftGroup.PRE_SALES, false, Set.of(), Set.of(),
				Map.of(DayOfWeek.MONDAY, "D", DayOfWeek.TUESDAY, RosterAgent.DAY_OFF, DayOfWeek.WEDNESDAY, "N"));
		this.verifier.verifyThat(RosterConstraints::closeToLastMonth)
			.given(cell(steady, 1, DAY), // Monday as before
					cell(steady, 2, DAY), // Tuesday was a day off
					cell(steady, 3, null), // Wednesday was a night
					cell(steady, 4, NIGHT), // Thursday has no history
					cell(steady, 8, NIGHT)) // Monday again, not a day shift
			.penalizesBy(3);
	}

	@Test
	void aWorkedRequestedDayOffCostsOne() {
		RosterAgent wishful = new RosterAgent("xiaoli", "xiaoli", ShiftGroup.PRE_SALES, false, Set.of(),
				Set.of(june(1), june(2)), Map.of());
		this.verifier.verifyThat(RosterConstraints::requestedDaysOffHonoured)
			.given(cell(wishful, 1, DAY), cell(wishful, 2, null), cell(wishful, 3, DAY))
			.penalizesBy(1);
	}

	@Test
	void weekendDaysOffAreSharedFairly() {
		RosterAgent xiaoli = RosterAgent.of("xiaoli", ShiftGroup.PRE_SALES, false);
		// June 6 and 7 are a weekend: xiaomei has both off, xiaotang one, xiaoli none
		// (her Monday
		// off does not count)
		this.verifier.verifyThat(RosterConstraints::weekendsOffSpread)
			.given(cell(this.xiaomei, 6, null), cell(this.xiaomei, 7, null), cell(this.xiaotang, 6, null),
					cell(this.xiaotang, 7, DAY), cell(xiaoli, 6, DAY), cell(xiaoli, 7, DAY), cell(xiaoli, 8, null))
			.penalizesBy(1 + 4 + 1);
	}

}
