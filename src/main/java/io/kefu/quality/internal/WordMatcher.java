package io.kefu.quality.internal;

/**
 * Finds every occurrence of a fixed set of words in a text, folded as {@link Folding}
 * says, including overlapping ones.
 */
public interface WordMatcher {

	/** Adds each occurrence to {@code found} (in no promised order). */
	void findAll(String text, Matches found);

	/** How many words the matcher knows. */
	int size();

}
