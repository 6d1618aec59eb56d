package io.kefu.workforce;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShiftUnitTests {

	@Test
	void theSeedsShiftsCoverTheirHalfHours() {
		Shift day = Shift.defaults().get(0);
		assertThat(day.minutes()).isEqualTo(510);
		assertThat(day.covers(LocalTime.of(9, 0))).isTrue();
		assertThat(day.covers(LocalTime.of(17, 0))).isTrue();
		assertThat(day.covers(LocalTime.of(17, 30))).isFalse();
		assertThat(day.covers(LocalTime.of(8, 30))).isFalse();
		assertThat(day.isDayShift()).isTrue();
		assertThat(Shift.defaults().get(1).isDayShift()).isTrue();
		assertThat(Shift.defaults().get(2).isNightShift()).isTrue();
	}

	@Test
	void aShiftPastMidnightCoversTheEarlyHalfHours() {
		Shift late = new Shift("L", "夜班", LocalTime.of(20, 0), LocalTime.of(2, 0), ShiftGroup.BOTH);
		assertThat(late.minutes()).isEqualTo(360);
		assertThat(late.covers(LocalTime.of(23, 30))).isTrue();
		assertThat(late.covers(LocalTime.of(1, 30))).isTrue();
		assertThat(late.covers(LocalTime.of(2, 0))).isFalse();
		assertThat(late.covers(LocalTime.of(19, 30))).isFalse();
	}

	@Test
	void anAgentTakesShiftsOfTheirGroupOrOfBoth() {
		assertThat(ShiftGroup.PRE_SALES.fits(ShiftGroup.BOTH)).isTrue();
		assertThat(ShiftGroup.PRE_SALES.fits(ShiftGroup.PRE_SALES)).isTrue();
		assertThat(ShiftGroup.PRE_SALES.fits(ShiftGroup.AFTER_SALES)).isFalse();
		assertThat(ShiftGroup.BOTH.fits(ShiftGroup.AFTER_SALES)).isTrue();
	}

}
