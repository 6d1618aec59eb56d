package io.kefu.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import io.kefu.workforce.Roster;
import io.kefu.workforce.RosterAgent;
import io.kefu.workforce.ShiftGroup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RosterBenchUnitTests {

	@Test
	void eightAgentsGetAMonthWithoutBreakingAHardRuleInTwoSeconds() {
		RosterBench.Settings settings = new RosterBench.Settings(List.of(8),
				List.of(Duration.ofSeconds(2), Duration.ofSeconds(1)), 1);
		ByteArrayOutputStream table = new ByteArrayOutputStream();

		List<RosterBench.Measurement> measurements = new RosterBench(settings).run(System.out);
		RosterBench.print(measurements, settings, new PrintStream(table, true, StandardCharsets.UTF_8));

		assertThat(measurements).singleElement().satisfies((eight) -> {
			assertThat(eight.cells()).isEqualTo(8 * 30);
			assertThat(eight.scores()).hasSize(2).doesNotContainNull();
			assertThat(eight.scores().get(1)).isGreaterThanOrEqualTo(eight.scores().get(0));
			assertThat(eight.feasible()).as("score %s", eight.last()).isTrue();
		});
		assertThat(table.toString(StandardCharsets.UTF_8)).contains("best score at 1s", "best score at 2s", "yes");
	}

	@Test
	void theMonthMixesGroupsTraineesLeaveWishesAndHistory() {
		Roster month = RosterBenchMonth.of(30);

		List<RosterAgent> agents = month.getAgents();
		assertThat(agents).hasSize(30);
		assertThat(agents).filteredOn(RosterAgent::trainee).hasSize(3);
		assertThat(agents).extracting(RosterAgent::group)
			.containsOnly(ShiftGroup.PRE_SALES, ShiftGroup.AFTER_SALES, ShiftGroup.BOTH);
		assertThat(agents).anyMatch((agent) -> !agent.leave().isEmpty())
			.anyMatch((agent) -> !agent.requestedOff().isEmpty())
			.anyMatch((agent) -> !agent.lastMonth().isEmpty())
			.anyMatch((agent) -> agent.lastMonth().isEmpty());
		assertThat(month.getAssignments()).hasSize(30 * 30);
	}

	@Test
	void theNeedPeaksAtMiddayAndInTheEvening() {
		assertThat(RosterBenchMonth.share(LocalTime.of(12, 0))).isEqualTo(0.40);
		assertThat(RosterBenchMonth.share(LocalTime.of(21, 0))).isEqualTo(0.30);
		assertThat(RosterBenchMonth.share(LocalTime.of(9, 0))).isLessThan(RosterBenchMonth.share(LocalTime.of(12, 0)));
	}

	@Test
	void settingsRefuseNoSizesNoTimeOrNoRepeat() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RosterBench.Settings(List.of(), List.of(Duration.ofSeconds(1)), 1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RosterBench.Settings(List.of(8), List.of(Duration.ZERO), 1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RosterBench.Settings(List.of(8), List.of(Duration.ofSeconds(1)), 0));
	}

}
