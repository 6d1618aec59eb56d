package io.kefu.quality.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kefu.quality.InspectionSettings;
import io.kefu.quality.Rule;
import io.kefu.quality.RuleSettings;
import io.kefu.quality.Severity;

/**
 * One rule's settings as the API answers them, with its name and what it catches in the
 * reader's language.
 *
 * @param isDefault whether the settings are the rule's defaults
 */
record RuleView(Rule rule, String name, String description, boolean enabled, Severity severity, int weight,
		List<String> words, List<String> exceptions, List<String> counterWords,
		@JsonProperty("isDefault") boolean isDefault) {

	static RuleView of(Rule rule, RuleSettings settings, String name, String description) {
		return new RuleView(rule, name, description, settings.enabled(), settings.severity(), settings.weight(),
				settings.words(), settings.exceptions(), settings.counterWords(),
				settings.equals(InspectionSettings.DEFAULTS.rule(rule)));
	}

}
