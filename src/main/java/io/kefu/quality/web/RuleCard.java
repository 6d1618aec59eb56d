package io.kefu.quality.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kefu.quality.InspectionSettings;
import io.kefu.quality.Rule;
import io.kefu.quality.RuleSettings;

import org.jspecify.annotations.Nullable;

/**
 * One rule on the settings page: its settings as the form shows them (the word lists one
 * word a line) and, after a refused save, what was typed with the problems by field.
 */
record RuleCard(Rule rule, boolean enabled, String severity, String weight, String words, String exceptions,
		String counterWords, boolean isDefault, Map<String, RuleProblem> problems) {

	static RuleCard of(Rule rule, RuleSettings settings) {
		return new RuleCard(rule, settings.enabled(), settings.severity().name(), String.valueOf(settings.weight()),
				String.join("\n", settings.words()), String.join("\n", settings.exceptions()),
				String.join("\n", settings.counterWords()), settings.equals(InspectionSettings.DEFAULTS.rule(rule)),
				Map.of());
	}

	/** The card as it was posted, so that nothing typed is lost. */
	static RuleCard refused(Rule rule, RuleSettings current, RuleForm form, InvalidRuleSettings problems) {
		return typed(rule, current, form, problems.problems());
	}

	/**
	 * The card as it was posted, with the problems of its fields (none when it was
	 * right).
	 */
	static RuleCard typed(Rule rule, RuleSettings current, RuleForm form, List<RuleProblem> problems) {
		RuleCard shown = of(rule, current);
		return new RuleCard(rule, form.enabled() != null, orEmpty(form.severity()), orEmpty(form.weight()),
				form.words() == null ? shown.words() : form.words(),
				form.exceptions() == null ? shown.exceptions() : form.exceptions(),
				form.counterWords() == null ? shown.counterWords() : form.counterWords(), shown.isDefault(),
				problems.stream()
					.collect(Collectors.toMap(RuleProblem::field, Function.identity(), (first, next) -> first)));
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	/** The rules on times alone (fragments, slow answers) read no words. */
	public boolean usesWords() {
		return rule != Rule.FRAGMENTED_ANSWER && rule != Rule.SLOW_RESPONSE;
	}

	/** Only {@link Rule#I_NOT_WE} counts counter-words (the forms of 我们). */
	public boolean usesCounterWords() {
		return rule == Rule.I_NOT_WE || !counterWords.isEmpty();
	}

	/**
	 * Whether a word list holds a problem, so that its folded lists open by themselves.
	 */
	public boolean listsHaveProblems() {
		return problems.containsKey("words") || problems.containsKey("exceptions")
				|| problems.containsKey("counterWords");
	}

	/** How many words the list holds, one a line. */
	public int count(String list) {
		return (int) (switch (list) {
			case "words" -> words;
			case "exceptions" -> exceptions;
			default -> counterWords;
		}).lines().filter(line -> !line.isBlank()).count();
	}

	public @Nullable RuleProblem problem(String field) {
		return problems.get(field);
	}

}
