package io.kefu.workforce;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ErlangCUnitTests {

	@Test
	void tenErlangsWaitAsTheClosedFormSays() {
		// C(n, A) = (A^n/n! · n/(n−A)) / (Σ_{k<n} A^k/k! + A^n/n! · n/(n−A)), worked out
		// with factorials for these small n: the textbook table for 10 erlangs
		assertThat(ErlangC.waiting(11, 10)).isCloseTo(0.682118, within(1e-6));
		assertThat(ErlangC.waiting(12, 10)).isCloseTo(0.449388, within(1e-6));
		assertThat(ErlangC.waiting(13, 10)).isCloseTo(0.285270, within(1e-6));
		assertThat(ErlangC.waiting(14, 10)).isCloseTo(0.174132, within(1e-6));
		assertThat(ErlangC.waiting(15, 10)).isCloseTo(0.102042, within(1e-6));
	}

	@Test
	void tenErlangsNeedFourteenAgentsForEightyPercentWithinTwentySeconds() {
		// 100 buyers in half an hour of 180 s each: 10 erlangs; 13 agents answer 79.6 %
		// within 20 s, 14 answer 88.8 %
		assertThat(ErlangC.serviceLevel(13, 10, 180, 20)).isCloseTo(0.795595, within(1e-6));
		assertThat(ErlangC.serviceLevel(14, 10, 180, 20)).isCloseTo(0.888350, within(1e-6));
		assertThat(ErlangC.agents(100, 1800, 180, 0.8, 20)).isEqualTo(14);
	}

	@Test
	void twentyFourErlangsNeedTwentyNineAgents() {
		// 180 buyers in half an hour of 240 s: 28 agents answer 76.1 % within 20 s, 29
		// answer 84.0 %
		assertThat(ErlangC.serviceLevel(28, 24, 240, 20)).isCloseTo(0.761296, within(1e-6));
		assertThat(ErlangC.agents(180, 1800, 240, 0.8, 20)).isEqualTo(29);
	}

	@Test
	void agentsAtOrBelowTheLoadNeverKeepUp() {
		assertThat(ErlangC.waiting(10, 10)).isEqualTo(1);
		assertThat(ErlangC.serviceLevel(9, 10, 180, 20)).isZero();
	}

	@Test
	void noLoadNeedsNoAgents() {
		assertThat(ErlangC.agents(0, 1800, 180, 0.8, 30)).isZero();
		assertThat(ErlangC.agents(12, 1800, 0, 0.8, 30)).isZero();
	}

	@Test
	void hundredsOfErlangsStayFiniteAndTheAnswerGrowsWithTheLoad() {
		int previous = 0;
		for (int arrivals = 1000; arrivals <= 20000; arrivals += 1000) {
			double erlangs = arrivals * 60 / 1800.0;
			int agents = ErlangC.agents(arrivals, 1800, 60, 0.8, 30);
			double waiting = ErlangC.waiting(agents, erlangs);
			double level = ErlangC.serviceLevel(agents, erlangs, 60, 30);
			assertThat(waiting).isFinite().isBetween(0.0, 1.0);
			assertThat(level).isFinite().isBetween(0.8, 1.0);
			assertThat(ErlangC.serviceLevel(agents - 1, erlangs, 60, 30)).isLessThan(0.8);
			assertThat(agents).as("%d arrivals", arrivals)
				.isGreaterThan((int) erlangs)
				.isGreaterThanOrEqualTo(previous);
			previous = agents;
		}
		// 666.7 erlangs: a factorial of 667 would overflow a double long before
		assertThat(previous).isBetween(667, 700);
		assertThat(ErlangC.blocking(5000, 4000)).isFinite().isBetween(0.0, 1.0);
	}

	@Test
	void aTargetOfAllBuyersIsRefused() {
		assertThatThrownBy(() -> ErlangC.agents(100, 1800, 180, 1, 20)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("share");
	}

}
