package io.kefu.workforce.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.kefu.workforce.PromotionDay;
import io.kefu.workforce.StaffingNeed;
import io.kefu.workforce.StaffingSettings;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffingFormUnitTests {

	@Test
	void promotionDaysAreADateAndAFactorALine() {
		List<PromotionDay> days = StaffingPages.promotionDays("2026-11-11 ×5\n\n 2026-12-12  x2.5 \r\n2026-06-18,3");

		assertThat(days).containsExactly(new PromotionDay(LocalDate.of(2026, 11, 11), 5),
				new PromotionDay(LocalDate.of(2026, 12, 12), 2.5), new PromotionDay(LocalDate.of(2026, 6, 18), 3));
		assertThat(StaffingPages.promotionLines(days)).isEqualTo("2026-11-11 5\n2026-12-12 2.5\n2026-06-18 3");
	}

	@Test
	void aLineWithoutAFactorIsRefused() {
		assertThatThrownBy(() -> StaffingPages.promotionDays("2026-11-11"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> StaffingPages.promotionDays("2026-11-11 0"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theChartScalesToARoundNumberAboveThePeak() {
		List<StaffingNeed.Interval> intervals = new ArrayList<>();
		for (int i = 0; i < 48; i++) {
			intervals
				.add(new StaffingNeed.Interval(LocalTime.MIDNIGHT.plusMinutes(30L * i), 0, 0, 1, i == 20 ? 17 : 0));
		}
		StaffingNeed need = new StaffingNeed(LocalDate.of(2026, 12, 7), StaffingSettings.ServiceTarget.DEFAULT, 0.15,
				intervals);

		StaffingChart chart = StaffingChart.of(need);

		assertThat(chart.scale()).isEqualTo(20);
		assertThat(chart.ticks()).containsExactly(5, 10, 15, 20);
		assertThat(chart.columns().get(20).height()).isEqualTo(85.0);
		assertThat(chart.columns().get(20).underCovered()).isFalse();
		assertThat(chart.columns().get(4).labelled()).isTrue();
		assertThat(chart.columns().get(5).labelled()).isFalse();

		List<Integer> rostered = new ArrayList<>(Collections.nCopies(48, 2));
		StaffingChart withRoster = StaffingChart.of(need, rostered);
		assertThat(withRoster.columns().get(20).underCovered()).isTrue();
		assertThat(withRoster.columns().get(21).underCovered()).isFalse();
		assertThat(withRoster.columns().get(21).rosteredY()).isEqualTo(90.0);
	}

	@Test
	void roundStepsGiveAFewGridLines() {
		assertThat(StaffingChart.step(0)).isEqualTo(1);
		assertThat(StaffingChart.step(4)).isEqualTo(1);
		assertThat(StaffingChart.step(9)).isEqualTo(2);
		assertThat(StaffingChart.step(23)).isEqualTo(5);
		assertThat(StaffingChart.step(480)).isEqualTo(100);
	}

}
