package io.kefu.workforce;

import java.time.Instant;
import java.time.LocalDate;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SwapUnitTests {

	private static final AgentId MEI = AgentId.of(1);

	private static final AgentId JIE = AgentId.of(2);

	private static final AgentId BOSS = AgentId.of(3);

	private static final Instant NOW = Instant.parse("2027-03-01T02:00:00Z");

	@Test
	void onlyTheColleagueAcceptsAndOnlyWhileProposed() {
		Swap proposed = proposed();

		assertThatThrownBy(() -> proposed.accept(MEI, NOW)).isInstanceOf(AccessDeniedException.class);
		Swap accepted = proposed.accept(JIE, NOW);
		assertThat(accepted.status()).isEqualTo(Swap.Status.ACCEPTED);
		assertThat(accepted.acceptedAt()).isEqualTo(NOW);
		assertThatThrownBy(() -> accepted.accept(JIE, NOW)).isInstanceOf(RosterStateException.class)
			.hasMessageContaining("ACCEPTED");
		assertThatThrownBy(() -> accepted.decline(JIE, NOW)).isInstanceOf(RosterStateException.class);
	}

	@Test
	void aSupervisorApprovesOnlyAnAcceptedSwap() {
		assertThatThrownBy(() -> proposed().approve(BOSS, NOW)).isInstanceOf(RosterStateException.class)
			.hasMessageContaining("PROPOSED");
		Swap approved = proposed().accept(JIE, NOW).approve(BOSS, NOW);
		assertThat(approved.status()).isEqualTo(Swap.Status.APPROVED);
		assertThat(approved.decidedBy()).isEqualTo(BOSS);
		assertThatThrownBy(() -> approved.refuse(BOSS, NOW, null)).isInstanceOf(RosterStateException.class);
		assertThatThrownBy(() -> approved.withdraw(MEI, NOW)).isInstanceOf(RosterStateException.class);
	}

	@Test
	void theProposerWithdrawsBeforeADecisionAndARefusalKeepsItsRule() {
		assertThatThrownBy(() -> proposed().withdraw(JIE, NOW)).isInstanceOf(AccessDeniedException.class);
		assertThat(proposed().accept(JIE, NOW).withdraw(MEI, NOW).status()).isEqualTo(Swap.Status.WITHDRAWN);
		Swap refused = proposed().accept(JIE, NOW).refuse(BOSS, NOW, "trainee never alone");
		assertThat(refused.status()).isEqualTo(Swap.Status.REFUSED);
		assertThat(refused.refusedRule()).isEqualTo("trainee never alone");
	}

	@Test
	void aSwapWithADayOffIsACover() {
		assertThat(proposed().cover()).isFalse();
		assertThat(new Swap(1, ShopId.of(1), LocalDate.of(2027, 3, 2), MEI, JIE, null, new Swap.SwapShift("D", "白班"),
				"", Swap.Status.PROPOSED, NOW, null, null, null, null)
			.cover()).isTrue();
	}

	private static Swap proposed() {
		return new Swap(1, ShopId.of(1), LocalDate.of(2027, 3, 2), MEI, JIE, new Swap.SwapShift("D", "白班"),
				new Swap.SwapShift("N", "晚班"), "", Swap.Status.PROPOSED, NOW, null, null, null, null);
	}

}
