package io.kefu.quality.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.kefu.quality.Rule;
import io.kefu.quality.RuleSettings;
import io.kefu.quality.Severity;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PUT …/inspections/rules/{rule}}: one rule's settings with the fields
 * GET answers. Every value arrives as JSON read it, so that a wrong one is answered with
 * its field's name; {@code name}, {@code description} and {@code isDefault} are ignored,
 * so that a rule read with GET can be sent back changed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record RuleRequest(@Nullable Object rule, @Nullable Object enabled, @Nullable Object severity, @Nullable Object weight,
		@Nullable Object words, @Nullable Object exceptions, @Nullable Object counterWords) {

	/**
	 * @throws InvalidRuleSettings naming every wrong field
	 */
	RuleSettings settings(Rule path) {
		RuleSettingsInput input = new RuleSettingsInput();
		if (rule != null && !path.name().equals(rule)) {
			input.add(new RuleProblem("rule", RuleProblem.Kind.OTHER_RULE, String.valueOf(rule)));
		}
		boolean on = input.enabled(enabled);
		Severity level = input.severity(severity);
		int points = input.weight(weight);
		List<String> wordList = input.words("words", words);
		List<String> exceptionList = input.words("exceptions", exceptions);
		List<String> counterList = input.words("counterWords", counterWords);
		return input.settings(on, level, points, wordList, exceptionList, counterList);
	}

}
