package io.kefu.workforce;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RosterUnitTests {

	private final List<RosterAgent> agents = List.of(RosterAgent.of("xiaomei", ShiftGroup.PRE_SALES, false),
			RosterAgent.of("xiaotang", ShiftGroup.PRE_SALES, true));

	@Test
	void anOpenMonthHasOneOpenCellPerAgentPerDay() {
		Roster roster = Roster.open(YearMonth.of(2026, 2), Shift.defaults(), this.agents, List.of(),
				RosterRules.defaults());

		assertThat(roster.getAssignments()).hasSize(2 * 28).allSatisfy((cell) -> {
			assertThat(cell.isDayOff()).isTrue();
			assertThat(cell.isPinned()).isFalse();
		});
		assertThat(roster.getAssignments()).extracting(Assignment::getId).doesNotHaveDuplicates();
	}

	@Test
	void theRosteredCountFollowsTheShiftsOfTheDay() {
		LocalDate day = LocalDate.of(2026, 2, 3);
		Roster roster = Roster.open(YearMonth.of(2026, 2), Shift.defaults(), this.agents, List.of(),
				RosterRules.defaults());
		roster.getAssignments()
			.stream()
			.filter((cell) -> cell.getDay().equals(day))
			.forEach((cell) -> cell.setShift(Shift.defaults().get(cell.getAgent().trainee() ? 1 : 0)));

		List<Integer> rostered = roster.rosteredOn(day);

		assertThat(rostered).hasSize(48);
		assertThat(rostered.get(index(8, 30))).isZero();
		assertThat(rostered.get(index(9, 0))).isEqualTo(1);
		assertThat(rostered.get(index(10, 0))).isEqualTo(2);
		assertThat(rostered.get(index(15, 30))).isEqualTo(1);
		assertThat(rostered.get(index(17, 30))).isZero();
		assertThat(roster.rosteredOn(day.plusDays(1))).containsOnly(0);
	}

	private static int index(int hour, int minute) {
		return LocalTime.of(hour, minute).toSecondOfDay() / 1800;
	}

}
