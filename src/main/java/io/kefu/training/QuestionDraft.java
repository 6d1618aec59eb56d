package io.kefu.training;

import java.util.List;

/**
 * A question the trainer writes: the text, 2–6 options and the index of the right one.
 */
public record QuestionDraft(String text, List<String> options, int right) {

	public static final int MIN_OPTIONS = 2;

	public static final int MAX_OPTIONS = 6;

	public QuestionDraft {
		options = options.stream().map(String::strip).toList();
		if (text.isBlank() || text.length() > 500) {
			throw new IllegalArgumentException("text: 1–500 characters");
		}
		if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS
				|| options.stream().anyMatch(option -> option.isEmpty() || option.length() > 300)) {
			throw new IllegalArgumentException(
					"options: " + MIN_OPTIONS + "–" + MAX_OPTIONS + " options of 1–300 characters");
		}
		if (options.stream().distinct().count() != options.size()) {
			throw new IllegalArgumentException("options: two options say the same");
		}
		if (right < 0 || right >= options.size()) {
			throw new IllegalArgumentException("right: the index (from 0) of one of the options");
		}
		text = text.strip();
	}

}
