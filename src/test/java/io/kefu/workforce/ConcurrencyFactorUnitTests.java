package io.kefu.workforce;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConcurrencyFactorUnitTests {

	@Test
	void theTablesPointsAreExact() {
		assertThat(ConcurrencyFactor.of(1)).isEqualTo(1.0);
		assertThat(ConcurrencyFactor.of(2)).isCloseTo(1.7, within(1e-12));
		assertThat(ConcurrencyFactor.of(3)).isCloseTo(2.5, within(1e-12));
		assertThat(ConcurrencyFactor.of(4)).isCloseTo(2.9, within(1e-12));
		assertThat(ConcurrencyFactor.of(5)).isCloseTo(3.5, within(1e-12));
	}

	@Test
	void betweenPointsTheFactorIsLinear() {
		assertThat(ConcurrencyFactor.of(1.5)).isCloseTo(1.35, within(1e-12));
		assertThat(ConcurrencyFactor.of(2.25)).isCloseTo(1.9, within(1e-12));
		assertThat(ConcurrencyFactor.of(3.5)).isCloseTo(2.7, within(1e-12));
		assertThat(ConcurrencyFactor.of(4.5)).isCloseTo(3.2, within(1e-12));
	}

	@Test
	void belowOneCountsAsOneAndAboveFiveAsFive() {
		assertThat(ConcurrencyFactor.of(0)).isEqualTo(1.0);
		assertThat(ConcurrencyFactor.of(0.4)).isEqualTo(1.0);
		assertThat(ConcurrencyFactor.of(7)).isEqualTo(3.5);
	}

	@Test
	void effectiveHandlingIsHandlingOverTheFactor() {
		assertThat(ConcurrencyFactor.effectiveSeconds(340, 2)).isCloseTo(200, within(1e-9));
		assertThat(ConcurrencyFactor.effectiveSeconds(350, 6)).isCloseTo(100, within(1e-9));
	}

}
