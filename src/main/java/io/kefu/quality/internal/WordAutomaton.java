package io.kefu.quality.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An Aho–Corasick automaton: finds every occurrence of many words in one pass over a
 * text, whatever the number of words. The trie's states keep their edges sorted in flat
 * arrays; the root, which a scan of Chinese text returns to at almost every character,
 * has a table indexed by the character instead, so most steps are one array read.
 * Immutable once built, so one automaton serves every thread.
 */
public final class WordAutomaton implements WordMatcher {

	private static final int NONE = -1;

	/** The state reached from the root by each character (0 when none). */
	private final int[] rootNext = new int[Character.MAX_VALUE + 1];

	/** State {@code s}'s edges are {@code edgeStart[s]} to {@code edgeStart[s + 1]}. */
	private final int[] edgeStart;

	private final char[] edgeChar;

	private final int[] edgeTarget;

	/** The state of the longest proper suffix that is also a prefix of a word. */
	private final int[] fail;

	/** The first word that ends in this state, or NONE. */
	private final int[] firstWord;

	/** The next word with the same text as this one (a word can be in two lists). */
	private final int[] sameText;

	/** The nearest state down the fail chain where a word ends, or NONE. */
	private final int[] outputLink;

	private final int[] lengths;

	private WordAutomaton(Trie trie, int[] lengths, int[] sameText) {
		int states = trie.children.size();
		this.lengths = lengths;
		this.sameText = sameText;
		this.firstWord = trie.firstWord.stream().mapToInt(Integer::intValue).toArray();
		this.fail = new int[states];
		this.outputLink = new int[states];
		this.edgeStart = new int[states + 1];
		int edges = trie.children.stream().mapToInt(Map::size).sum();
		this.edgeChar = new char[edges];
		this.edgeTarget = new int[edges];
		int at = 0;
		for (int s = 0; s < states; s++) {
			edgeStart[s] = at;
			for (Map.Entry<Character, Integer> edge : trie.children.get(s).entrySet()) {
				edgeChar[at] = edge.getKey();
				edgeTarget[at] = edge.getValue();
				if (s == 0) {
					rootNext[edge.getKey()] = edge.getValue();
				}
				at++;
			}
		}
		edgeStart[states] = at;
		linkFailures(states);
	}

	/**
	 * @param words the words to find, folded as {@link Folding} folds the text; a word's
	 * index in this list is how its occurrences name it
	 */
	public static WordAutomaton of(List<String> words) {
		Trie trie = new Trie();
		int[] lengths = new int[words.size()];
		int[] sameText = new int[words.size()];
		Arrays.fill(sameText, NONE);
		for (int w = 0; w < words.size(); w++) {
			String word = Folding.fold(words.get(w));
			if (word.isEmpty()) {
				throw new IllegalArgumentException("An empty word matches everywhere");
			}
			lengths[w] = word.length();
			int state = trie.insert(word);
			sameText[w] = trie.firstWord.get(state);
			trie.firstWord.set(state, w);
		}
		return new WordAutomaton(trie, lengths, sameText);
	}

	/** Breadth first, so that each state's fail target is finished before it is used. */
	private void linkFailures(int states) {
		Arrays.fill(outputLink, NONE);
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		for (int e = edgeStart[0]; e < edgeStart[1]; e++) {
			fail[edgeTarget[e]] = 0;
			queue.add(edgeTarget[e]);
		}
		while (!queue.isEmpty()) {
			int state = queue.poll();
			for (int e = edgeStart[state]; e < edgeStart[state + 1]; e++) {
				int child = edgeTarget[e];
				int target = step(fail[state], edgeChar[e]);
				fail[child] = target;
				outputLink[child] = firstWord[target] != NONE ? target : outputLink[target];
				queue.add(child);
			}
		}
	}

	@Override
	public void findAll(String text, Matches found) {
		int state = 0;
		for (int i = 0, n = text.length(); i < n; i++) {
			state = step(state, Folding.fold(text.charAt(i)));
			for (int out = firstWord[state] != NONE ? state : outputLink[state]; out != NONE; out = outputLink[out]) {
				for (int w = firstWord[out]; w != NONE; w = sameText[w]) {
					found.add(w, i + 1 - lengths[w], i + 1);
				}
			}
		}
	}

	private int step(int state, char c) {
		while (state != 0) {
			int next = edge(state, c);
			if (next != NONE) {
				return next;
			}
			state = fail[state];
		}
		return rootNext[c];
	}

	/** Deeper states have one or two edges: a linear scan beats a binary search. */
	private int edge(int state, char c) {
		for (int e = edgeStart[state], end = edgeStart[state + 1]; e < end; e++) {
			if (edgeChar[e] == c) {
				return edgeTarget[e];
			}
			if (edgeChar[e] > c) {
				return NONE;
			}
		}
		return NONE;
	}

	@Override
	public int size() {
		return lengths.length;
	}

	/** How many states the trie has (the root included). */
	public int states() {
		return fail.length;
	}

	/** The trie while it is built: sorted children per state. */
	private static final class Trie {

		final List<TreeMap<Character, Integer>> children = new ArrayList<>();

		final List<Integer> firstWord = new ArrayList<>();

		Trie() {
			addState();
		}

		int insert(String word) {
			int state = 0;
			for (int i = 0; i < word.length(); i++) {
				Integer next = children.get(state).get(word.charAt(i));
				if (next == null) {
					next = addState();
					children.get(state).put(word.charAt(i), next);
				}
				state = next;
			}
			return state;
		}

		private int addState() {
			children.add(new TreeMap<>());
			firstWord.add(NONE);
			return children.size() - 1;
		}

	}

}
