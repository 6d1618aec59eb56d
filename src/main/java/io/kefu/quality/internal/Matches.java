package io.kefu.quality.internal;

import java.util.Arrays;

/**
 * The occurrences found in one text: for each, the word's index and where it starts and
 * ends (exclusive). Reused from text to text so that matching allocates nothing.
 */
public final class Matches {

	private int[] words = new int[16];

	private int[] starts = new int[16];

	private int[] ends = new int[16];

	private int size;

	public void clear() {
		size = 0;
	}

	public void add(int word, int start, int end) {
		if (size == words.length) {
			words = Arrays.copyOf(words, size * 2);
			starts = Arrays.copyOf(starts, size * 2);
			ends = Arrays.copyOf(ends, size * 2);
		}
		words[size] = word;
		starts[size] = start;
		ends[size] = end;
		size++;
	}

	public int size() {
		return size;
	}

	public int word(int i) {
		return words[i];
	}

	public int start(int i) {
		return starts[i];
	}

	public int end(int i) {
		return ends[i];
	}

}
