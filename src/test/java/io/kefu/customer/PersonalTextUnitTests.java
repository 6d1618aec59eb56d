package io.kefu.customer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Phones and street addresses inside free text are hidden as the marketplaces hide them.
 */
class PersonalTextUnitTests {

	@Test
	void aMobileNumberKeepsItsFirstThreeAndLastFourDigits() {
		assertThat(PersonalText.mask("电话13812345678谢谢")).isEqualTo("电话138****5678谢谢");
		assertThat(PersonalText.mask("138-1234-5678 和 138 1234 5678")).isEqualTo("138****5678 和 138****5678");
	}

	@Test
	void aCountryCodeDotsAndFullWidthDigitsDoNotHideANumber() {
		assertThat(PersonalText.mask("+8613912345678")).isEqualTo("+86139****5678");
		assertThat(PersonalText.mask("8613912345678")).isEqualTo("86139****5678");
		assertThat(PersonalText.mask("138.1234.5678")).isEqualTo("138****5678");
		assertThat(PersonalText.mask("电话１３８１２３４５６７８")).isEqualTo("电话138****5678");
		assertThat(PersonalText.mask("1391234567８")).isEqualTo("139****5678");
	}

	@Test
	void aLandlineWithoutADashIsHiddenToo() {
		assertThat(PersonalText.mask("057188886666")).isEqualTo("0571-****6666");
		assertThat(PersonalText.mask("010 12345678")).isEqualTo("010-****5678");
	}

	@Test
	void longerDigitRunsSuchAsOrderNumbersAreLeftAlone() {
		assertThat(PersonalText.mask("订单号 213812345678901")).isEqualTo("订单号 213812345678901");
		assertThat(PersonalText.mask("运单 SF1381234567890")).isEqualTo("运单 SF1381234567890");
	}

	@Test
	void aLandlineKeepsItsAreaCodeAndLastFour() {
		assertThat(PersonalText.mask("座机0571-88886666")).isEqualTo("座机0571-****6666");
	}

	@Test
	void anAddressIsKeptDownToItsDistrict() {
		assertThat(PersonalText.mask("地址浙江省杭州市西湖区文三路100号3栋，麻烦尽快")).isEqualTo("地址浙江省杭州市西湖区****，麻烦尽快");
		assertThat(PersonalText.mask("寄到上海市浦东新区张江路88弄5号")).isEqualTo("寄到上海市浦东新区****");
	}

	@Test
	void placeNamesWithoutAStreetAreNoAddress() {
		assertThat(PersonalText.mask("杭州市区能当天到吗")).isEqualTo("杭州市区能当天到吗");
		assertThat(PersonalText.mask("发往西湖区吗")).isEqualTo("发往西湖区吗");
	}

}
