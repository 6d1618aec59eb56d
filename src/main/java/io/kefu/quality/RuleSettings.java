package io.kefu.quality;

import java.util.List;

/**
 * One rule's settings. What its two word lists mean depends on the rule (docs/quality.md
 * lists them): for most, {@code words} are what the rule looks for and {@code exceptions}
 * are longer phrases that contain a word without meaning it (第一次 is not the extreme word
 * 第一); for the rules about a whole message ({@link Rule#LONE_SYLLABLE},
 * {@link Rule#BLUNT_NO}) the exceptions are what may stand beside the words without
 * changing the message (的, 抱歉, 亲 …); for {@link Rule#I_NOT_WE} they are the forms of "we"
 * (我们, 咱们 …).
 *
 * @param weight the points one hit takes from the score (0 to 100)
 */
public record RuleSettings(boolean enabled, Severity severity, int weight, List<String> words, List<String> exceptions,
		List<String> counterWords) {

	/** Longer lists would be a mistake, not a house rule. */
	public static final int MAX_WORDS = 500;

	public static final int MAX_WORD_LENGTH = 50;

	public RuleSettings {
		words = List.copyOf(words);
		exceptions = List.copyOf(exceptions);
		counterWords = List.copyOf(counterWords);
		if (weight < 0 || weight > Inspection.FULL_SCORE) {
			throw new IllegalArgumentException("weight is 0 to 100, not " + weight);
		}
		check("words", words);
		check("exceptions", exceptions);
		check("counterWords", counterWords);
	}

	private static void check(String field, List<String> list) {
		if (list.size() > MAX_WORDS) {
			throw new IllegalArgumentException(field + " holds at most " + MAX_WORDS + " words, not " + list.size());
		}
		for (String word : list) {
			if (word.isBlank() || word.length() > MAX_WORD_LENGTH) {
				throw new IllegalArgumentException(
						field + ": a word is 1 to " + MAX_WORD_LENGTH + " characters and not blank: '" + word + "'");
			}
		}
	}

	public RuleSettings withEnabled(boolean on) {
		return new RuleSettings(on, severity, weight, words, exceptions, counterWords);
	}

	public RuleSettings withWeight(int points) {
		return new RuleSettings(enabled, severity, points, words, exceptions, counterWords);
	}

	public RuleSettings withWords(List<String> newWords, List<String> newExceptions) {
		return new RuleSettings(enabled, severity, weight, newWords, newExceptions, counterWords);
	}

}
