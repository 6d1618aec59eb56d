package io.kefu.workforce;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RosterScoreUnitTests {

	@Test
	void theSolversScoreReadsAsBrokenRulesShortHalfHoursAndFairness() {
		assertThat(RosterScore.parse("-2hard/-13medium/-125095soft")).isEqualTo(new RosterScore(2, 13, -125095));
		assertThat(RosterScore.parse("0hard/0medium/0soft")).isEqualTo(new RosterScore(0, 0, 0));
	}

	@Test
	void noScoreOrAnotherShapeReadsAsNone() {
		assertThat(RosterScore.parse(null)).isNull();
		assertThat(RosterScore.parse("-1init/0hard/0medium/0soft")).isNull();
	}

}
