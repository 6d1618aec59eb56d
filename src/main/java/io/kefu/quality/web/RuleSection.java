package io.kefu.quality.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import io.kefu.quality.Rule;

/**
 * The settings page's two groups of rules: the words of a reply, and the reception's
 * steps and times. Named by the message {@code quality.rules.section.<name>}.
 */
enum RuleSection {

	WORDING(EnumSet.of(Rule.LONE_SYLLABLE, Rule.MODAL_PARTICLE, Rule.HARSH_PUNCTUATION, Rule.I_NOT_WE, Rule.BLUNT_NO,
			Rule.OFF_PLATFORM, Rule.EXTREME_WORDS, Rule.RUDE)),
	FLOW(EnumSet.complementOf(WORDING.rules));

	private final EnumSet<Rule> rules;

	RuleSection(EnumSet<Rule> rules) {
		this.rules = rules;
	}

	/** Each section with its cards, in the order of the rules. */
	static List<Cards> of(List<RuleCard> cards) {
		return Arrays.stream(values())
			.map(section -> new Cards(section,
					cards.stream().filter(card -> section.rules.contains(card.rule())).toList()))
			.toList();
	}

	record Cards(RuleSection section, List<RuleCard> cards) {

		/** How many of the section's rules are on. */
		public long enabled() {
			return cards.stream().filter(RuleCard::enabled).count();
		}

	}

}
