package io.kefu.quality;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.kefu.quality.TranscriptBuilder.chat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class InspectionUnitTests {

	@Test
	void scoresOneHundredMinusTheWeightedHits() {
		Inspection inspection = Inspection.of(List.of(new RuleHit(Rule.LONE_SYLLABLE, 1, Severity.MINOR, 2),
				new RuleHit(Rule.RUDE, 3, Severity.SEVERE, 20), new RuleHit(Rule.LONE_SYLLABLE, 5, Severity.MINOR, 2)));

		assertThat(inspection.score()).isEqualTo(76);
		assertThat(inspection.count(Rule.LONE_SYLLABLE)).isEqualTo(2);
	}

	@Test
	void neverScoresBelowZero() {
		Inspection inspection = Inspection.of(List.of(new RuleHit(Rule.OFF_PLATFORM, 1, Severity.SEVERE, 60),
				new RuleHit(Rule.RUDE, 2, Severity.SEVERE, 60)));

		assertThat(inspection.score()).isZero();
	}

	@Test
	void aCleanReceptionScoresFull() {
		Inspection inspection = Inspector.of(InspectionSettings.DEFAULTS)
			.inspect(chat().buyer("老板在吗?").agent("您好,在的,有什么可以帮您?").build());

		assertThat(inspection.score()).isEqualTo(100);
		assertThat(inspection.hits()).isEmpty();
	}

	@Test
	void seed004sBadReceptionLosesTheWeightsOfItsHitsInMessageOrder() {
		Inspection inspection = Inspector.of(InspectionSettings.DEFAULTS)
			.inspect(chat().buyer("老板在吗?").agent("在").buyer("你家有个新款的多用双肩包还有吗?").agent("没").build());

		assertThat(inspection.hits()).extracting(RuleHit::rule, RuleHit::messageIndex, RuleHit::severity)
			.containsExactly(tuple(Rule.LONE_SYLLABLE, 1, Severity.MINOR), tuple(Rule.NO_GREETING, 1, Severity.MAJOR),
					tuple(Rule.BLUNT_NO, 3, Severity.MAJOR), tuple(Rule.NO_FAREWELL, 3, Severity.MINOR));
		assertThat(inspection.score()).isEqualTo(100 - 2 - 5 - 5 - 3);
	}

	@Test
	void aDisabledRuleNeitherHitsNorCosts() {
		InspectionSettings settings = InspectionSettings.DEFAULTS.with(Rule.LONE_SYLLABLE,
				InspectionSettings.DEFAULTS.rule(Rule.LONE_SYLLABLE).withEnabled(false));

		Inspection inspection = Inspector.of(settings).inspect(chat().buyer("在吗").agent("您好").agent("在").build());

		assertThat(inspection.hits()).isEmpty();
	}

	@Test
	void aRuleWeighsWhatItsSettingsSay() {
		InspectionSettings settings = InspectionSettings.DEFAULTS.with(Rule.LONE_SYLLABLE,
				InspectionSettings.DEFAULTS.rule(Rule.LONE_SYLLABLE).withWeight(7));

		Inspection inspection = Inspector.of(settings).inspect(chat().buyer("在吗").agent("您好").agent("在").build());

		assertThat(inspection.score()).isEqualTo(93);
	}

	@Test
	void aShopsOwnWordsChangeWhatARuleCatches() {
		RuleSettings extreme = InspectionSettings.DEFAULTS.rule(Rule.EXTREME_WORDS);
		InspectionSettings settings = InspectionSettings.DEFAULTS.with(Rule.EXTREME_WORDS,
				extreme.withWords(List.of("秒杀全网"), List.of()));

		Inspection inspection = Inspector.of(settings).inspect(chat().buyer("在吗").agent("您好，这款秒杀全网", "销量第一").build());

		assertThat(inspection.hits()).extracting(RuleHit::messageIndex).containsExactly(1);
	}

}
