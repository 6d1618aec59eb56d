package io.kefu.training;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The typing score: correct characters (passage length − edit distance) a minute over the
 * server's time, accuracy 1 − distance ÷ length, the pass and bonus bars met exactly.
 */
class TypingScoreUnitTests {

	/** 200 different characters, so that any change is one edit. */
	static final String PASSAGE = passage(200);

	static String passage(int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.appendCodePoint(0x4E00 + i);
		}
		return text.toString();
	}

	/** The passage with its first n characters replaced by 错. */
	static String withErrors(int n) {
		return "错".repeat(n) + PASSAGE.substring(n);
	}

	@Test
	void eightyCharactersAMinutePassesExactly() {
		// 200 correct characters in 150 s: 80 a minute
		TypingScore score = TypingScore.of(PASSAGE, PASSAGE, 150_000);

		assertThat(score.charsPerMinute()).isEqualTo(80);
		assertThat(score.accuracy()).isEqualByComparingTo("1");
		assertThat(score.passed()).isTrue();
		assertThat(score.bonusLevel()).isFalse();
	}

	@Test
	void aMomentSlowerIsBelowThePass() {
		TypingScore score = TypingScore.of(PASSAGE, PASSAGE, 150_001);

		assertThat(score.charsPerMinute()).isEqualTo(79);
		assertThat(score.passed()).isFalse();
	}

	@Test
	void aHundredAtExactlyNinetyPercentIsTheBonusLevel() {
		// 20 errors of 200: 180 correct, 90%; 180 in 108 s is 100 a minute
		TypingScore score = TypingScore.of(PASSAGE, withErrors(20), 108_000);

		assertThat(score.charsPerMinute()).isEqualTo(100);
		assertThat(score.accuracy()).isEqualByComparingTo("0.9000");
		assertThat(score.bonusLevel()).isTrue();
	}

	@Test
	void oneErrorMoreMissesTheBonusLevelHoweverFast() {
		TypingScore score = TypingScore.of(PASSAGE, withErrors(21), 60_000);

		assertThat(score.charsPerMinute()).isEqualTo(179);
		assertThat(score.accuracy()).isEqualByComparingTo("0.8950");
		assertThat(score.bonusLevel()).isFalse();
		assertThat(score.passed()).isTrue();
	}

	@Test
	void accuracyIsRoundedDownSoNobodyReachesABarTheyMissed() {
		// 1 error in 3: 66.67% would round up; the score says 66.66%
		assertThat(TypingScore.of("一二三", "一二错", 60_000).accuracy()).isEqualByComparingTo("0.6666");
	}

	@Test
	void missingAndExtraCharactersAreEditsToo() {
		assertThat(TypingScore.of("一二三四", "一三四", 60_000).charsPerMinute()).isEqualTo(3);
		assertThat(TypingScore.of("一二三四", "一二二三四", 60_000).charsPerMinute()).isEqualTo(3);
		assertThat(TypingScore.of("一二三四", "", 60_000).charsPerMinute()).isZero();
	}

	@Test
	void charactersAreCodePointsNotJavaChars() {
		// 𠀀 is one character outside the Basic Multilingual Plane: two Java chars
		TypingScore score = TypingScore.of("𠀀一", "𠀁一", 60_000);

		assertThat(score.charsPerMinute()).isEqualTo(1);
		assertThat(score.accuracy()).isEqualByComparingTo("0.5");
	}

	@Test
	void muchWrongTextFloorsAtZero() {
		TypingScore score = TypingScore.of("一二三", "错".repeat(50), 60_000);

		assertThat(score.charsPerMinute()).isZero();
		assertThat(score.accuracy()).isEqualByComparingTo("0");
		assertThat(score.passed()).isFalse();
	}

	@Test
	void theBetterScoreIsAtTheBonusAccuracyFirstThenTheFaster() {
		TypingScore fastSloppy = new TypingScore(150, new BigDecimal("0.85"));
		TypingScore accurate = new TypingScore(110, new BigDecimal("0.95"));
		TypingScore fasterAccurate = new TypingScore(120, new BigDecimal("0.90"));

		assertThat(TypingScore.BETTER.compare(accurate, fastSloppy)).isPositive();
		assertThat(TypingScore.BETTER.compare(fasterAccurate, accurate)).isPositive();
		assertThat(TypingScore.BETTER.compare(new TypingScore(90, new BigDecimal("0.5")), fastSloppy)).isNegative();
	}

}
