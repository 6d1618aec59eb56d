package io.kefu.training;

import java.util.List;

import io.kefu.quality.InspectionSettings;
import io.kefu.quality.Rule;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curriculum's 禁用/善用 is the shop's quality settings as they are: what inspection
 * checks is what the page teaches, and a change of the settings changes the page.
 */
class EtiquetteUnitTests {

	@Test
	void theDefaultsTeachTheSeedsForbiddenAndRecommended() {
		Etiquette etiquette = Etiquette.of(InspectionSettings.DEFAULTS);

		assertThat(etiquette.forbidden()).extracting(Etiquette.Item::rule)
			.startsWith(Rule.LONE_SYLLABLE, Rule.MODAL_PARTICLE, Rule.FRAGMENTED_ANSWER, Rule.HARSH_PUNCTUATION);
		assertThat(item(etiquette.forbidden(), Rule.MODAL_PARTICLE).words()).containsExactly("啊", "呀", "吧");
		assertThat(item(etiquette.recommended(), Rule.I_NOT_WE).words()).as("the forms of we, not 我")
			.contains("我们", "咱们")
			.doesNotContain("我");
		assertThat(etiquette.forbidden()).extracting(Etiquette.Item::rule).doesNotContain(Rule.SLOW_RESPONSE);
	}

	@Test
	void aRuleSwitchedOffIsNoLongerTaughtAndChangedWordsAreShown() {
		InspectionSettings settings = InspectionSettings.DEFAULTS
			.with(Rule.MODAL_PARTICLE, InspectionSettings.DEFAULTS.rule(Rule.MODAL_PARTICLE).withEnabled(false))
			.with(Rule.EXTREME_WORDS,
					InspectionSettings.DEFAULTS.rule(Rule.EXTREME_WORDS).withWords(List.of("最好", "全网第一"), List.of()))
			.with(Rule.NO_FAREWELL, InspectionSettings.DEFAULTS.rule(Rule.NO_FAREWELL).withEnabled(false));

		Etiquette etiquette = Etiquette.of(settings);

		assertThat(etiquette.forbidden()).extracting(Etiquette.Item::rule).doesNotContain(Rule.MODAL_PARTICLE);
		assertThat(item(etiquette.forbidden(), Rule.EXTREME_WORDS).words()).containsExactly("最好", "全网第一");
		assertThat(etiquette.recommended()).extracting(Etiquette.Item::rule).doesNotContain(Rule.NO_FAREWELL);
	}

	private static Etiquette.Item item(List<Etiquette.Item> items, Rule rule) {
		return items.stream().filter(item -> item.rule() == rule).findFirst().orElseThrow();
	}

}
