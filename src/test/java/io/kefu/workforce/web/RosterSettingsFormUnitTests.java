package io.kefu.workforce.web;

import java.time.LocalTime;
import java.util.List;

import io.kefu.workforce.Shift;
import io.kefu.workforce.ShiftGroup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RosterSettingsFormUnitTests {

	@Test
	void theSeedsShiftsGoThroughTheFormUnchanged() {
		assertThat(RosterSettingsForm.shifts(RosterSettingsForm.lines(Shift.defaults()))).isEqualTo(Shift.defaults());
	}

	@Test
	void aLineMayNameItsGroupAndWriteTimesWithoutTheLeadingZero() {
		List<Shift> shifts = RosterSettingsForm.shifts("E 早班 8:30-16:30 售前\n\nA 售后班 09:30~18:30 售后");

		assertThat(shifts).containsExactly(
				new Shift("E", "早班", LocalTime.of(8, 30), LocalTime.of(16, 30), ShiftGroup.PRE_SALES),
				new Shift("A", "售后班", LocalTime.of(9, 30), LocalTime.of(18, 30), ShiftGroup.AFTER_SALES));
	}

	@Test
	void aBadLineIsNamedByItsNumber() {
		assertThatIllegalArgumentException().isThrownBy(() -> RosterSettingsForm.shifts("D 白班 09:00-17:30\nN 晚班"))
			.withMessageContaining("line 2");
		assertThatIllegalArgumentException().isThrownBy(() -> RosterSettingsForm.shifts("D 白班 9-17"))
			.withMessageContaining("line 1");
		assertThatIllegalArgumentException().isThrownBy(() -> RosterSettingsForm.shifts("D 白班 09:00-17:30 夜间"))
			.withMessageContaining("售前 or 售后");
	}

}
