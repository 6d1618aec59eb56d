package io.kefu.customer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneMaskUnitTests {

	@Test
	void aMobileNumberKeepsItsFirstThreeAndLastFourDigits() {
		assertThat(PhoneMask.mask("13812345678")).isEqualTo("138****5678");
	}

	@Test
	void anAlreadyMaskedNumberStaysAsItIs() {
		assertThat(PhoneMask.mask("138****5678")).isEqualTo("138****5678");
	}

	@Test
	void aShortNumberIsHiddenWhole() {
		assertThat(PhoneMask.mask("12345")).isEqualTo("*****");
		assertThat(PhoneMask.mask(null)).isNull();
	}

	@Test
	void aLandlineKeepsItsAreaCodeAndLastFourDigits() {
		assertThat(PhoneMask.mask("057112345678")).isEqualTo("057*****5678");
	}

}
