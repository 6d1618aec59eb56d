package io.kefu.workforce;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import io.kefu.staff.AgentId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RosterSheetUnitTests {

	private static final LocalDate DAY = LocalDate.of(2027, 2, 10);

	@Test
	void theRosteredCountFollowsEachShiftAndALateShiftCountsInTheNextSmallHours() {
		Shift late = new Shift("L", "通宵", LocalTime.of(20, 0), LocalTime.of(2, 0), ShiftGroup.BOTH);
		List<Shift> shifts = List.of(Shift.defaults().get(0), late);
		RosterSheet sheet = new RosterSheet(YearMonth.of(2027, 2), RosterSheet.Status.DRAFT, null, null, null, shifts,
				List.of(),
				List.of(new RosterSheet.Cell(AgentId.of(1), DAY, "D", false),
						new RosterSheet.Cell(AgentId.of(2), DAY.minusDays(1), "L", false),
						new RosterSheet.Cell(AgentId.of(3), DAY, "L", false),
						new RosterSheet.Cell(AgentId.of(4), DAY, null, false)),
				List.of());

		List<Integer> counts = sheet.rosteredOn(DAY);

		assertThat(counts).hasSize(48);
		assertThat(counts.get(1)).as("00:30, the night before's late shift").isEqualTo(1);
		assertThat(counts.get(4)).as("02:00, after it ended").isZero();
		assertThat(counts.get(18)).as("09:00").isEqualTo(1);
		assertThat(counts.get(34)).as("17:00, the day shift ended at 17:30").isEqualTo(1);
		assertThat(counts.get(35)).as("17:30").isZero();
		assertThat(counts.get(46)).as("23:00, the late shift of the day").isEqualTo(1);
	}

}
