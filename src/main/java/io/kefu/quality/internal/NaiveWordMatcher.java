package io.kefu.quality.internal;

import java.util.List;

/**
 * The baseline the automaton is measured against: one {@code indexOf} loop per word, as a
 * loop of {@code contains} would do it. Finds the same occurrences as
 * {@link WordAutomaton}.
 */
public final class NaiveWordMatcher implements WordMatcher {

	private final String[] words;

	public NaiveWordMatcher(List<String> words) {
		this.words = words.stream().map(Folding::fold).toArray(String[]::new);
	}

	@Override
	public void findAll(String text, Matches found) {
		String folded = Folding.fold(text);
		for (int w = 0; w < words.length; w++) {
			String word = words[w];
			for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
				found.add(w, at, at + word.length());
			}
		}
	}

	@Override
	public int size() {
		return words.length;
	}

}
