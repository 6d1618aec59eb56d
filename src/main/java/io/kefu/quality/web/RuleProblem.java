package io.kefu.quality.web;

import io.kefu.quality.RuleSettings;

/**
 * What is wrong with one field of a rule's settings: the API answers {@link #reason()}, a
 * page shows the message {@code quality.rules.problem.<kind>} with {@link #detail()}.
 *
 * @param detail the offending word or value, or the limit it broke
 */
record RuleProblem(String field, Kind kind, String detail) {

	enum Kind {

		MISSING, NOT_TRUE_OR_FALSE, NOT_A_WEIGHT, NOT_A_SEVERITY, NOT_A_LIST, TOO_MANY_WORDS, BLANK_WORD, WORD_TOO_LONG,
		OTHER_RULE

	}

	String reason() {
		return switch (kind) {
			case MISSING -> "is missing";
			case NOT_TRUE_OR_FALSE -> "is true or false, not " + detail;
			case NOT_A_WEIGHT -> "is a whole number of points from 0 to 100, not " + detail;
			case NOT_A_SEVERITY -> "is one of MINOR, MAJOR, SEVERE, not " + detail;
			case NOT_A_LIST -> "is a list of words";
			case TOO_MANY_WORDS -> "holds at most " + RuleSettings.MAX_WORDS + " words, not " + detail;
			case BLANK_WORD -> "holds a blank word at position " + detail;
			case WORD_TOO_LONG -> "holds a word over " + RuleSettings.MAX_WORD_LENGTH + " characters: " + detail;
			case OTHER_RULE -> "names the rule " + detail + ", not the one of the path";
		};
	}

}
