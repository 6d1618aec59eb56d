package io.kefu.workforce.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import io.kefu.workforce.ErlangC;
import io.kefu.workforce.StaffingNeed;
import io.kefu.workforce.StaffingSettings;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NeedCountUnitTests {

	private static StaffingSettings settings(double shrinkage) {
		return new StaffingSettings(4, new StaffingSettings.ServiceTarget(80, 20), shrinkage, List.of());
	}

	@Test
	void shrinkageGrossesTheAgentsUp() {
		assertThat(NeedCount.grossedUp(14, 0.15)).isEqualTo(17);
		assertThat(NeedCount.grossedUp(14, 0)).isEqualTo(14);
		// 17 ÷ 0.85 is 20 exactly, whatever the double makes of it
		assertThat(NeedCount.grossedUp(17, 0.15)).isEqualTo(20);
		assertThat(NeedCount.grossedUp(0, 0.5)).isZero();
	}

	@Test
	void theConcurrencyFactorShortensTheHandlingErlangCSees() {
		// 100 arrivals of 306 s held two at a time: 306 ÷ 1.7 = 180 s effective, 10
		// erlangs,
		// 14 agents for 80 % within 20 s, 17 after 15 % shrinkage
		StaffingNeed.Interval interval = NeedCount.interval(LocalTime.of(10, 0), new HalfHourHistory.Slot(100, 306, 2),
				settings(0.15));

		assertThat(interval.effectiveSeconds()).isCloseTo(180, org.assertj.core.api.Assertions.within(1e-9));
		assertThat(interval.agentsNeeded()).isEqualTo(17);
	}

	@Test
	void theAgentsCanBeCountedAgainFromTheReportedFigures() {
		StaffingNeed.Interval interval = NeedCount.interval(LocalTime.of(21, 30),
				new HalfHourHistory.Slot(37.25, 412.5, 2.6), settings(0.15));

		int again = NeedCount.grossedUp(ErlangC.agents(interval.arrivals(), 1800, interval.effectiveSeconds(), 0.8, 20),
				0.15);
		assertThat(interval.agentsNeeded()).isEqualTo(again).isPositive();
	}

	@Test
	void aDayOfHalfHoursStartsAtMidnightAndQuietHoursNeedNobody() {
		List<HalfHourHistory.Slot> slots = new ArrayList<>();
		for (int i = 0; i < 48; i++) {
			slots.add(i == 20 ? new HalfHourHistory.Slot(100, 180, 1) : new HalfHourHistory.Slot(0, 0, 1));
		}

		StaffingNeed need = NeedCount.of(LocalDate.of(2026, 12, 7), settings(0), slots);

		assertThat(need.intervals()).hasSize(48);
		assertThat(need.intervals().get(1).start()).isEqualTo(LocalTime.of(0, 30));
		assertThat(need.intervals().get(20).agentsNeeded()).isEqualTo(14);
		assertThat(need.intervals().get(19).agentsNeeded()).isZero();
		assertThat(need.peak()).isEqualTo(14);
	}

}
