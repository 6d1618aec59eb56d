package io.kefu.training;

import java.util.List;

/**
 * A multiple-choice question as drawn: its stable key (what it asks about, e.g.
 * {@code product:12:参数:功率}, so that results add up across quizzes while the wording
 * follows the catalogue), the text, the options and the index of the right one, and where
 * the answer comes from.
 */
public record QuizQuestion(String key, String text, List<String> options, int right, QuestionSource source) {

	public QuizQuestion {
		options = List.copyOf(options);
		if (right < 0 || right >= options.size()) {
			throw new IllegalArgumentException("The right option " + right + " is not one of " + options.size());
		}
	}

	public String rightAnswer() {
		return options.get(right);
	}

}
