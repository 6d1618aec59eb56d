package io.kefu.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeaveUnitTests {

	private static final AgentId MEI = AgentId.of(1);

	private static final AgentId BOSS = AgentId.of(3);

	private static final Instant NOW = Instant.parse("2027-03-01T02:00:00Z");

	@Test
	void badDaysAndReasonsNameTheField() {
		LocalDate first = LocalDate.of(2027, 3, 10);
		assertThatThrownBy(() -> Leave.check(first, first.minusDays(1), "x")).hasMessageStartingWith("lastDay");
		Leave.check(first, first.plusDays(61), "x");
		assertThatThrownBy(() -> Leave.check(first, first.plusDays(62), "x")).hasMessageStartingWith("lastDay");
		assertThatThrownBy(() -> Leave.check(first, first, " ")).hasMessageStartingWith("reason");
		assertThatThrownBy(() -> Leave.check(first, first, "x".repeat(501))).hasMessageStartingWith("reason");
	}

	@Test
	void approvedLeaveIsWithdrawnOnlyBeforeItBegins() {
		Leave approved = leave().approve(BOSS, NOW);

		assertThat(approved.withdraw(MEI, NOW, LocalDate.of(2027, 3, 9)).status()).isEqualTo(Leave.Status.WITHDRAWN);
		assertThatThrownBy(() -> approved.withdraw(MEI, NOW, LocalDate.of(2027, 3, 10)))
			.isInstanceOf(RosterStateException.class)
			.hasMessageContaining("begun");
		assertThatThrownBy(() -> approved.withdraw(BOSS, NOW, LocalDate.of(2027, 3, 1)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> approved.refuse(BOSS, NOW)).isInstanceOf(RosterStateException.class);
	}

	@Test
	void leaveKnowsTheMonthsItTouches() {
		Leave across = new Leave(1, ShopId.of(1), MEI, LocalDate.of(2027, 1, 30), LocalDate.of(2027, 3, 2), "年假",
				Leave.Status.REQUESTED, NOW, null, null);

		assertThat(across.months()).containsExactly(YearMonth.of(2027, 1), YearMonth.of(2027, 2),
				YearMonth.of(2027, 3));
		assertThat(across.overlaps(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 5))).isTrue();
		assertThat(across.overlaps(LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 5))).isFalse();
	}

	private static Leave leave() {
		return new Leave(1, ShopId.of(1), MEI, LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 12), "病假",
				Leave.Status.REQUESTED, NOW, null, null);
	}

}
