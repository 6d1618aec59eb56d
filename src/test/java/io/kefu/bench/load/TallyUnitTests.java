package io.kefu.bench.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TallyUnitTests {

	static final long S = 1_000_000_000L;

	@Test
	void onlyMessagesSentInsideTheWindowAreCountedAndTimed() {
		Tally tally = new Tally();
		tally.sent(1 * S);
		tally.openWindow(10 * S);
		tally.sent(10 * S);
		tally.heardByAgent(10 * S, 10 * S + 5_000_000);
		tally.answerHeard(10 * S, 10 * S + 9_000_000);
		// sent before the window, answered inside it
		tally.answerHeard(9 * S, 10 * S + 1_000);
		tally.closeWindow(20 * S);
		tally.sent(20 * S);

		assertThat(tally.sent.sum()).isEqualTo(1);
		assertThat(tally.answers.sum()).isEqualTo(1);
		assertThat(tally.toAgent.summary().p50()).isEqualTo(5.0);
		assertThat(tally.answered.summary().max()).isEqualTo(9.0);
		assertThat(tally.windowSeconds()).isEqualTo(10.0);
	}

	@Test
	void deliveriesCountWhenTheyArriveInsideTheWindow() {
		Tally tally = new Tally();
		tally.delivered(1);
		tally.openWindow(2);
		tally.delivered(2);
		tally.delivered(3);
		tally.closeWindow(4);
		tally.delivered(4);

		assertThat(tally.delivered.sum()).isEqualTo(2);
	}

	@Test
	void refusalsAreCountedByCode() {
		Tally tally = new Tally();
		tally.refused("THROTTLED");
		tally.refused("THROTTLED");
		tally.refused("INVALID");

		assertThat(tally.refusedByCode()).containsExactly(java.util.Map.entry("INVALID", 1L),
				java.util.Map.entry("THROTTLED", 2L));
	}

}
