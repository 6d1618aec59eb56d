package io.kefu.training;

import java.util.List;
import java.util.stream.Stream;

import io.kefu.quality.InspectionSettings;
import io.kefu.quality.Rule;
import io.kefu.quality.RuleSettings;

/**
 * Seed 001 3.7's 禁用/善用 as the shop's quality inspection holds them now, so the curriculum
 * teaches what is inspected: the forbidden are the enabled rules that catch what an agent
 * must not write, with their words; the recommended are the enabled rules that look for
 * what an agent should write (the forms of 我们, greetings, the order check, farewells),
 * with the words that satisfy them. The quality module keeps no list of phrases to use
 * beyond these; the rules on times alone (slow answers, unanswered questions) are work
 * standards and not shown.
 */
public record Etiquette(List<Item> forbidden, List<Item> recommended) {

	/** 禁用, in the seed's order first. */
	static final List<Rule> FORBIDDEN = List.of(Rule.LONE_SYLLABLE, Rule.MODAL_PARTICLE, Rule.FRAGMENTED_ANSWER,
			Rule.HARSH_PUNCTUATION, Rule.BLUNT_NO, Rule.RUDE, Rule.EXTREME_WORDS, Rule.OFF_PLATFORM);

	/** 善用. */
	static final List<Rule> RECOMMENDED = List.of(Rule.I_NOT_WE, Rule.NO_GREETING, Rule.NO_VERIFICATION,
			Rule.NO_FAREWELL);

	public Etiquette {
		forbidden = List.copyOf(forbidden);
		recommended = List.copyOf(recommended);
	}

	/**
	 * @param words for a forbidden rule what it catches, for a recommended one what
	 * satisfies it
	 */
	public record Item(Rule rule, List<String> words) {

		public Item {
			words = List.copyOf(words);
		}

	}

	public static Etiquette of(InspectionSettings settings) {
		return new Etiquette(items(settings, FORBIDDEN, false), items(settings, RECOMMENDED, true));
	}

	private static List<Item> items(InspectionSettings settings, List<Rule> rules, boolean recommended) {
		return rules.stream().flatMap(rule -> {
			RuleSettings ruleSettings = settings.rule(rule);
			if (!ruleSettings.enabled()) {
				return Stream.empty();
			}
			// for 我 not 我们 the words to use are the counter-words, not the 我 it counts
			List<String> words = recommended && rule == Rule.I_NOT_WE ? ruleSettings.counterWords()
					: ruleSettings.words();
			return Stream.of(new Item(rule, words));
		}).toList();
	}

}
