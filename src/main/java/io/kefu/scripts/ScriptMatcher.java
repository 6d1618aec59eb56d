package io.kefu.scripts;

import java.util.List;

import io.kefu.scripts.internal.LexicalMatcher;

/**
 * Chooses the scripts that answer a buyer's message, by lexical matching of Chinese text:
 * an in-memory Lucene index of the given scripts, searched with BM25 over their keywords
 * and titles, texts and group names, each indexed as SmartChinese words, character
 * bigrams and single characters. Plain Java and safe to share between threads. Building
 * takes about 80 ms for the demo's 40 scripts and 0.7 s for 2,000; a suggestion then
 * takes under a millisecond. The library keeps one per shop and builds a new one when the
 * shop's library has changed (docs/scripts.md).
 */
public interface ScriptMatcher {

	/** The best matches first; none when no word of the message occurs in any script. */
	List<ScriptSuggestion> suggest(String buyerText, int limit);

	static ScriptMatcher over(List<Script> scripts) {
		return LexicalMatcher.over(scripts);
	}

}
