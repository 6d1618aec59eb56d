package io.kefu.analytics.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FigureFormatUnitTests {

	final FigureFormat format = new FigureFormat();

	@Test
	void aDurationUnderAMinuteKeepsOneDecimalWhenItHasOne() {
		assertThat(FigureFormat.duration(8.46, Locale.SIMPLIFIED_CHINESE)).isEqualTo("8.5秒");
		assertThat(FigureFormat.duration(12.0, Locale.SIMPLIFIED_CHINESE)).isEqualTo("12秒");
		assertThat(FigureFormat.duration(0, Locale.SIMPLIFIED_CHINESE)).isEqualTo("0秒");
		assertThat(FigureFormat.duration(8.46, Locale.ENGLISH)).isEqualTo("8.5 s");
	}

	@Test
	void aDurationOfAMinuteOrMoreIsMinutesAndTwoDigitSeconds() {
		assertThat(FigureFormat.duration(65, Locale.SIMPLIFIED_CHINESE)).isEqualTo("1分05秒");
		assertThat(FigureFormat.duration(65.4, Locale.ENGLISH)).isEqualTo("1 min 05 s");
		assertThat(FigureFormat.duration(59.96, Locale.SIMPLIFIED_CHINESE)).isEqualTo("1分00秒");
		assertThat(FigureFormat.duration(754L, Locale.SIMPLIFIED_CHINESE)).isEqualTo("12分34秒");
	}

	@Test
	void aDurationOfAnHourOrMoreNamesTheHours() {
		assertThat(FigureFormat.duration(3725, Locale.SIMPLIFIED_CHINESE)).isEqualTo("1小时02分05秒");
		assertThat(FigureFormat.duration(3725, Locale.ENGLISH)).isEqualTo("1 h 02 min 05 s");
	}

	@Test
	void aMissingDurationIsADash() {
		assertThat(FigureFormat.duration(null, Locale.SIMPLIFIED_CHINESE)).isEqualTo("—");
		assertThat(format.signedDuration(null)).isEqualTo("—");
	}

	@Test
	void aGapInTimeCarriesItsSign() {
		assertThat(format.signedDuration(-8.5)).isIn("-8.5秒", "-8.5 s");
		assertThat(format.signedDuration(65)).isIn("+1分05秒", "+1 min 05 s");
	}

	@Test
	void anAgentIsNamedWithoutTheShopsMainAccount() {
		assertThat(format.agent("视谱台灯旗舰店:小青")).isEqualTo("小青");
		assertThat(format.agent("视谱台灯旗舰店：小青")).isEqualTo("小青");
		assertThat(format.agent("小美")).isEqualTo("小美");
		assertThat(format.agent("视谱台灯旗舰店:")).isEqualTo("视谱台灯旗舰店:");
	}

}
