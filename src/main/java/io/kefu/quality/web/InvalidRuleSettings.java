package io.kefu.quality.web;

import java.util.List;

/** Settings of a rule with wrong fields; nothing was changed. */
class InvalidRuleSettings extends RuntimeException {

	private final List<RuleProblem> problems;

	InvalidRuleSettings(List<RuleProblem> problems) {
		super("Some fields are invalid: "
				+ problems.stream().map(p -> p.field() + " " + p.reason()).reduce((a, b) -> a + "; " + b).orElse(""));
		this.problems = List.copyOf(problems);
	}

	List<RuleProblem> problems() {
		return problems;
	}

}
