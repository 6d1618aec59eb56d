package io.kefu.scripts;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How often the right script is among a matcher's suggestions, over buyer questions each
 * labelled with the shortcut code of the script that answers it: top-1 (it is the first
 * suggestion) and top-3 (it is one of the three an agent sees), with every question whose
 * script was not among the three.
 */
public record SuggestionQuality(int questions, int top1, int top3, List<Miss> misses) {

	public SuggestionQuality {
		misses = List.copyOf(misses);
	}

	public double top1Rate() {
		return questions == 0 ? 0 : (double) top1 / questions;
	}

	public double top3Rate() {
		return questions == 0 ? 0 : (double) top3 / questions;
	}

	public static SuggestionQuality measure(ScriptMatcher matcher, List<LabelledQuestion> questions) {
		int top1 = 0;
		int top3 = 0;
		List<Miss> misses = new ArrayList<>();
		for (LabelledQuestion question : questions) {
			List<String> codes = matcher.suggest(question.text(), 3)
				.stream()
				.map(suggestion -> Objects.requireNonNullElse(suggestion.script().code(),
						"#" + suggestion.script().id()))
				.toList();
			if (!codes.isEmpty() && codes.get(0).equals(question.code())) {
				top1++;
			}
			if (codes.contains(question.code())) {
				top3++;
			}
			else {
				misses.add(new Miss(question, codes));
			}
		}
		return new SuggestionQuality(questions.size(), top1, top3, misses);
	}

	/**
	 * Reads labelled questions, one a line as {@code code<TAB>question}; blank lines and
	 * lines starting with {@code #} are skipped.
	 * @throws IllegalArgumentException naming the line that has no tab
	 */
	public static List<LabelledQuestion> read(BufferedReader lines) throws IOException {
		List<LabelledQuestion> questions = new ArrayList<>();
		int number = 0;
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			number++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			int tab = line.indexOf('\t');
			if (tab <= 0 || line.substring(tab + 1).isBlank()) {
				throw new IllegalArgumentException("Line " + number + " is not code<TAB>question: " + line);
			}
			questions.add(new LabelledQuestion(line.substring(0, tab).strip(), line.substring(tab + 1).strip()));
		}
		return questions;
	}

	/** A buyer's question and the shortcut code of the script that answers it. */
	public record LabelledQuestion(String code, String text) {
	}

	/**
	 * A question whose script was not among the suggestions, with the codes suggested.
	 */
	public record Miss(LabelledQuestion question, List<String> suggested) {

		public Miss {
			suggested = List.copyOf(suggested);
		}
	}

}
