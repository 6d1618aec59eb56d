package io.kefu.quality.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import io.kefu.quality.RuleSettings;
import io.kefu.quality.Severity;

import org.jspecify.annotations.Nullable;

/**
 * One rule's settings as a script or a form sent them, read field by field so that every
 * wrong field is named at once and nothing is changed unless all are right. Values arrive
 * as JSON reads them (Boolean, Number, String, List) or as a form's text.
 */
final class RuleSettingsInput {

	private final List<RuleProblem> problems = new ArrayList<>();

	boolean enabled(@Nullable Object value) {
		if (value instanceof Boolean on) {
			return on;
		}
		problem("enabled", value);
		return false;
	}

	@Nullable Severity severity(@Nullable Object value) {
		if (value instanceof String text && !text.isBlank()) {
			try {
				return Severity.valueOf(text.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				// named below
			}
		}
		problem("severity", value);
		return null;
	}

	int weight(@Nullable Object value) {
		Integer points = null;
		if (value instanceof Integer whole) {
			points = whole;
		}
		else if (value instanceof Long whole && whole >= 0 && whole <= 100) {
			points = whole.intValue();
		}
		else if (value instanceof BigDecimal number) {
			points = whole(number);
		}
		else if (value instanceof Double number) {
			points = whole(BigDecimal.valueOf(number));
		}
		else if (value instanceof String text && text.strip().matches("\\d{1,3}")) {
			points = Integer.valueOf(text.strip());
		}
		if (points == null || points < 0 || points > 100) {
			problem("weight", value);
			return 0;
		}
		return points;
	}

	private static @Nullable Integer whole(BigDecimal number) {
		try {
			return number.intValueExact();
		}
		catch (ArithmeticException ex) {
			return null;
		}
	}

	/**
	 * A JSON list of words: every entry a non-blank text; repeated words are kept once.
	 */
	List<String> words(String field, @Nullable Object value) {
		if (value == null) {
			problems.add(new RuleProblem(field, RuleProblem.Kind.MISSING, ""));
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			problems.add(new RuleProblem(field, RuleProblem.Kind.NOT_A_LIST, ""));
			return List.of();
		}
		List<String> words = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			if (!(list.get(i) instanceof String word) || word.isBlank()) {
				problems.add(new RuleProblem(field, RuleProblem.Kind.BLANK_WORD, String.valueOf(i)));
				return List.of();
			}
			words.add(word);
		}
		return checked(field, words);
	}

	/**
	 * A textarea's words, one a line: blank lines are skipped and spaces around a word
	 * dropped, since no one can see them.
	 */
	List<String> lines(String field, String text) {
		List<String> words = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		return checked(field, words);
	}

	private List<String> checked(String field, List<String> words) {
		List<String> distinct = List.copyOf(new LinkedHashSet<>(words));
		if (distinct.size() > RuleSettings.MAX_WORDS) {
			problems.add(new RuleProblem(field, RuleProblem.Kind.TOO_MANY_WORDS, String.valueOf(distinct.size())));
			return List.of();
		}
		for (String word : distinct) {
			if (word.length() > RuleSettings.MAX_WORD_LENGTH) {
				problems.add(new RuleProblem(field, RuleProblem.Kind.WORD_TOO_LONG, word));
				return List.of();
			}
		}
		return distinct;
	}

	void add(RuleProblem problem) {
		problems.add(problem);
	}

	/**
	 * @throws InvalidRuleSettings naming every wrong field, when one is
	 */
	RuleSettings settings(boolean enabled, @Nullable Severity severity, int weight, List<String> words,
			List<String> exceptions, List<String> counterWords) {
		if (!problems.isEmpty() || severity == null) {
			throw new InvalidRuleSettings(problems);
		}
		return new RuleSettings(enabled, severity, weight, words, exceptions, counterWords);
	}

	private void problem(String field, @Nullable Object value) {
		RuleProblem.Kind kind = switch (field) {
			case "enabled" -> RuleProblem.Kind.NOT_TRUE_OR_FALSE;
			case "severity" -> RuleProblem.Kind.NOT_A_SEVERITY;
			default -> RuleProblem.Kind.NOT_A_WEIGHT;
		};
		boolean missing = value == null || value instanceof String text && text.isBlank();
		problems.add(missing ? new RuleProblem(field, RuleProblem.Kind.MISSING, "")
				: new RuleProblem(field, kind, String.valueOf(value)));
	}

}
