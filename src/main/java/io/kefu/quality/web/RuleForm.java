package io.kefu.quality.web;

import java.util.List;

import io.kefu.quality.RuleSettings;
import io.kefu.quality.Severity;

import org.jspecify.annotations.Nullable;

/**
 * One rule's card as the settings page posts it: a checkbox that is absent when off, the
 * weight as typed, the word lists one word a line. A list the card does not show (the
 * rules on times have none) is absent and keeps its words.
 */
record RuleForm(@Nullable String enabled, @Nullable String severity, @Nullable String weight, @Nullable String words,
		@Nullable String exceptions, @Nullable String counterWords) {

	/**
	 * @throws InvalidRuleSettings naming every wrong field
	 */
	RuleSettings settings(RuleSettings current) {
		RuleSettingsInput input = new RuleSettingsInput();
		Severity level = input.severity(severity);
		int points = input.weight(weight);
		List<String> wordList = words == null ? current.words() : input.lines("words", words);
		List<String> exceptionList = exceptions == null ? current.exceptions() : input.lines("exceptions", exceptions);
		List<String> counterList = counterWords == null ? current.counterWords()
				: input.lines("counterWords", counterWords);
		return input.settings(enabled != null, level, points, wordList, exceptionList, counterList);
	}

}
