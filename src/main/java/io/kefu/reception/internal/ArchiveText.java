package io.kefu.reception.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * How the archive cuts message text into terms and a search into queries. A person
 * searching chat records expects what Ctrl-F does: a message matches when it contains
 * every word typed, however a dictionary would cut the text. Overlapping character
 * bigrams searched as a phrase give exactly that for any word of two characters or more
 * (顺丰 inside 发顺丰吗, 包邮 which SmartChinese cuts in two); a word of one character searches a
 * second field of single characters. docs/archive-analyzers.md has the measurement on the
 * JDDC corpus behind this choice.
 */
final class ArchiveText {

	static final String BIGRAMS = "text";

	static final String CHARACTERS = "chars";

	private static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(standard(false),
			Map.of(BIGRAMS, standard(true), CHARACTERS, standard(false)));

	/** The characters around the first match that a snippet shows. */
	static final int SNIPPET = 90;

	private static final int BEFORE_MATCH = 24;

	private ArchiveText() {
	}

	static Analyzer analyzer() {
		return ANALYZER;
	}

	/** The words of a search: what is between spaces (half- or full-width). */
	static List<String> words(String search) {
		return Arrays.stream(search.strip().split("[\\s\\u3000]+")).filter(word -> !word.isEmpty()).toList();
	}

	/**
	 * A query that every word must match, or null when the words hold no term (only
	 * punctuation).
	 */
	static Query query(List<String> words) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		int clauses = 0;
		for (String word : words) {
			Query one = wordQuery(word);
			if (one != null) {
				all.add(one, Occur.MUST);
				clauses++;
			}
		}
		return clauses == 0 ? null : all.build();
	}

	private static Query wordQuery(String word) {
		QueryBuilder builder = new QueryBuilder(ANALYZER);
		if (word.codePointCount(0, word.length()) == 1) {
			return builder.createBooleanQuery(CHARACTERS, word);
		}
		return builder.createPhraseQuery(BIGRAMS, word);
	}

	/**
	 * A snippet of the text around its first match, with the spans of every word in it.
	 * Words are found as the search found them: ignoring case.
	 */
	static Snippet snippet(String text, List<String> words) {
		List<int[]> spans = spans(text, words);
		int start = 0;
		if (text.length() > SNIPPET && !spans.isEmpty()) {
			start = Math.max(0, Math.min(spans.get(0)[0] - BEFORE_MATCH, text.length() - SNIPPET));
		}
		if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
			start--;
		}
		int end = Math.min(text.length(), start + SNIPPET);
		if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		String cut = text.substring(start, end);
		List<int[]> inCut = new ArrayList<>();
		for (int[] span : spans) {
			if (span[0] >= start && span[1] <= end) {
				inCut.add(new int[] { span[0] - start, span[1] - start });
			}
		}
		return new Snippet(cut, start > 0, end < text.length(), inCut);
	}

	/** Where the words occur in the text, in order, overlapping spans merged. */
	static List<int[]> spans(String text, List<String> words) {
		String folded = text.toLowerCase(Locale.ROOT);
		List<int[]> found = new ArrayList<>();
		for (String word : words) {
			String w = word.toLowerCase(Locale.ROOT);
			for (int at = folded.indexOf(w); at >= 0 && !w.isEmpty(); at = folded.indexOf(w, at + w.length())) {
				found.add(new int[] { at, at + w.length() });
			}
		}
		found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
		List<int[]> merged = new ArrayList<>();
		for (int[] span : found) {
			int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && span[0] <= last[1]) {
				last[1] = Math.max(last[1], span[1]);
			}
			else {
				merged.add(span.clone());
			}
		}
		return merged;
	}

	/**
	 * Lucene's standard tokenizer gives each Chinese character as a term of its own
	 * (full-width letters and digits folded to ASCII first); the bigram filter pairs
	 * neighbours, and keeps a character with no Chinese neighbour as it is; a break in
	 * the text leaves a hole between bigrams ({@link SentenceBreaks}).
	 */
	private static Analyzer standard(boolean bigrams) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new LowerCaseFilter(new CJKWidthFilter(source));
				if (bigrams) {
					stream = new SentenceBreaks(new CJKBigramFilter(stream, CJKBigramFilter.HAN, false));
				}
				return new TokenStreamComponents(source, stream);
			}
		};
	}

	/**
	 * Part of a message's text: {@code highlights} are the [start, end) character spans
	 * of the search's words inside it.
	 */
	record Snippet(String text, boolean cutBefore, boolean cutAfter, List<int[]> highlights) {
	}

}
