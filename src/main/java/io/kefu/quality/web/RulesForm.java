package io.kefu.quality.web;

import java.util.EnumMap;
import java.util.Map;

import io.kefu.quality.Rule;

import org.springframework.util.MultiValueMap;

/**
 * The rule settings page posted as one form: each rule's fields named {@code RULE.field}
 * ({@code RUDE.weight}, {@code RUDE.words}). A rule with none of its fields in the post
 * is not on the form and keeps its settings.
 */
record RulesForm(Map<Rule, RuleForm> rules) {

	private static final String[] FIELDS = { "enabled", "severity", "weight", "words", "exceptions", "counterWords" };

	static RulesForm of(MultiValueMap<String, String> params) {
		Map<Rule, RuleForm> rules = new EnumMap<>(Rule.class);
		for (Rule rule : Rule.values()) {
			boolean posted = false;
			for (String field : FIELDS) {
				posted |= params.containsKey(rule.name() + "." + field);
			}
			if (posted) {
				rules.put(rule,
						new RuleForm(params.getFirst(rule + ".enabled"), params.getFirst(rule + ".severity"),
								params.getFirst(rule + ".weight"), params.getFirst(rule + ".words"),
								params.getFirst(rule + ".exceptions"), params.getFirst(rule + ".counterWords")));
			}
		}
		return new RulesForm(rules);
	}

}
